package nl.groeipad.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.groeipad.intake.boundary.IntakeRequests.AcceptanceRequest;
import nl.groeipad.intake.boundary.IntakeRequests.ObservationRequest;
import nl.groeipad.intake.boundary.IntakeRequests.ReopenRequest;
import nl.groeipad.intake.boundary.IntakeRequests.StartRequest;
import nl.groeipad.intake.control.IntakeViews.CoachIntakeView;
import nl.groeipad.intake.control.IntakeViews.IntakeSummary;
import nl.groeipad.intake.control.IntakeAcceptance;
import nl.groeipad.intake.control.Intakes;
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A participant's intakes as their coach works with them:
 * {@code /api/v1/courses/{courseId}/participants/{userId}/intakes}. Only for coaches and admins of that course;
 * the participant themselves gets 403 here, anyone else 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/intakes")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "intake")
public class ParticipantIntakesResource {

    private static final String NO_BODY = "{body.data}";

    @Inject
    CurrentSession session;

    @Inject
    Intakes intakes;

    @Inject
    IntakeAcceptance acceptance;

    @Context
    UriInfo uriInfo;

    @PathParam("courseId")
    String courseId;

    @PathParam("userId")
    String userId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an intake for the participant",
            description = "Body optional: `frameworkVersionId` (a published version; default: the demo framework "
                    + "\"Werknemersvaardigheden (WPO-stijl)\") and `competencyKeys` (default: all). "
                    + "409 intake-in-progress while the previous intake is not completed.")
    public Response start(@Valid StartRequest request) {
        var intake = intakes.start(session.require(), courseId, userId,
                request == null ? null : request.command());
        return Answers.createdBelow(uriInfo, intake.id(), intake);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's intakes in this course, newest first")
    public List<IntakeSummary> list() {
        return intakes.list(session.require(), courseId, userId);
    }

    @GET
    @Path("{intakeId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One intake: every behaviour with the participant's answer and the coach's observation, "
            + "and the suggestions (each with a reason starting with \"omdat\")", description = "ETag: the intake's version.")
    public CoachIntakeView intake(@PathParam("intakeId") String intakeId) {
        return intakes.intake(session.require(), courseId, userId, intakeId);
    }

    @PUT
    @Path("{intakeId}/observations/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the coach's observation of one behaviour: a score 1-5 and an optional note (max 500)",
            description = "If-Match with the intake's version is required: coaches share the observations.")
    @APIResponse(responseCode = "200", description = "The intake as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public CoachIntakeView observe(@PathParam("intakeId") String intakeId, @PathParam("indicatorId") String indicatorId,
                                   @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                   @NotNull(message = NO_BODY) @Valid ObservationRequest request) {
        var s = session.require();
        return intakes.observe(s, courseId, userId, intakeId, Precondition.required(ifMatch), indicatorId,
                request.value(), request.note());
    }

    @POST
    @Path("{intakeId}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a completed intake again, so the participant can change answers",
            description = "A state transition: no precondition needed (If-Match is checked when sent). Body optional: "
                    + "`reason` (at most 500 characters), which the participant reads until they hand the intake in again.")
    public CoachIntakeView reopen(@PathParam("intakeId") String intakeId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                                  @Valid ReopenRequest request) {
        var s = session.require();
        return intakes.reopen(s, courseId, userId, intakeId, Precondition.optional(ifMatch),
                request == null ? null : request.reason());
    }

    @POST
    @Path("{intakeId}/suggestions/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn the suggestions (as accepted or changed by the coach) into goals and tasks of the plan",
            description = "One goal per competency with its level (and optional due date, default in six weeks), one "
                    + "task per chosen catalogue item. Creates the plan when there is none. 201 with the plan's "
                    + "Location; 400 naming e.g. goals[0].level. A read-modify-write of the suggestions as read: If-Match "
                    + "with the intake's version is required when something new is planned. Idempotent: a goal the "
                    + "plan already holds (same competency and level, from a suggestion) is never added again; when "
                    + "every chosen goal is in the plan already the answer is 200 with `alreadyInPlan` and a "
                    + "`message`, whatever If-Match says (a double click).")
    @APIResponse(responseCode = "201", description = "The plan the goals went into (Location), the new goals' ids, "
            + "those already in the plan (alreadyInPlan) and a message")
    @APIResponse(responseCode = "200", description = "Every chosen goal was in the plan already: nothing changed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response accept(@PathParam("intakeId") String intakeId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                           @NotNull(message = NO_BODY) @Valid AcceptanceRequest request) {
        var s = session.require();
        var accepted = acceptance.accept(s, courseId, userId, intakeId, Precondition.required(ifMatch), request.choices());
        var location = uriInfo.getBaseUriBuilder().path("v1/plans").path(accepted.planId()).build();
        if (accepted.nothingNew()) {
            return Response.ok(accepted, MediaType.APPLICATION_JSON).contentLocation(location).build();
        }
        return Answers.createdAt(location, accepted);
    }
}
