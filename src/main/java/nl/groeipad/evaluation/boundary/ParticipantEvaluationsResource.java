package nl.groeipad.evaluation.boundary;

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
import nl.groeipad.evaluation.boundary.EvaluationRequests.FeedbackChange;
import nl.groeipad.evaluation.boundary.EvaluationRequests.FeedbackRequest;
import nl.groeipad.evaluation.boundary.EvaluationRequests.ScheduleRequest;
import nl.groeipad.evaluation.control.EvaluationViews.EvaluationView;
import nl.groeipad.evaluation.control.EvaluationViews.EvaluationsView;
import nl.groeipad.evaluation.control.EvaluationViews.ScheduleView;
import nl.groeipad.evaluation.control.Evaluations;
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A participant's interim evaluations as their coaches work with them:
 * {@code /api/v1/courses/{courseId}/participants/{userId}/evaluations}. Only for coaches and admins of that
 * course; a participant gets 403 here, anyone else 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/evaluations")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "evaluation", description = "Interim evaluations (tussenevaluaties)")
public class ParticipantEvaluationsResource {

    private static final String NO_BODY = "{body.data}";

    @Inject
    CurrentSession session;

    @Inject
    Evaluations evaluations;

    @Context
    UriInfo uriInfo;

    @PathParam("courseId")
    String courseId;

    @PathParam("userId")
    String userId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The rhythm, the next evaluation's day and whether it is due, and all evaluations, newest first")
    public EvaluationsView list() {
        return evaluations.ofParticipant(session.require(), courseId, userId);
    }

    @GET
    @Path("schedule")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agreed rhythm (everyWeeks null and version 0 while none)", description = "ETag: its version.")
    public ScheduleView schedule() {
        return evaluations.schedule(session.require(), courseId, userId);
    }

    @PUT
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree the rhythm of interim evaluations for the participant's plan: every 1-26 weeks",
            description = "The first time no If-Match is needed (one that is sent must be \"0\"); a change needs the "
                    + "schedule's version.")
    @APIResponse(responseCode = "200", description = "The rhythm as stored (ETag: its version)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public ScheduleView setSchedule(
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = NO_BODY) @Valid ScheduleRequest request) {
        var s = session.require();
        var exists = evaluations.schedule(s, courseId, userId).everyWeeks() != null;
        return evaluations.setSchedule(s, courseId, userId,
                exists ? Precondition.required(ifMatch) : Precondition.optional(ifMatch), request.everyWeeks());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The coach's feedback on the evaluation that is due (`dueOn` names its day)",
            description = "What goes well and what is still to learn (at least one). 409 not-due for another day, "
                    + "no-evaluations without a rhythm, feedback-exists when written already (change it with PUT). 201.")
    public Response writeFeedback(@NotNull(message = NO_BODY) @Valid FeedbackRequest request) {
        var view = evaluations.writeFeedback(session.require(), courseId, userId, request.dueOn(), request.command());
        return Answers.createdBelow(uriInfo, view.id(), view);
    }

    @PUT
    @Path("{evaluationId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the coach's feedback: a new version, the earlier ones stay in the history",
            description = "If-Match with the evaluation's version is required.")
    @APIResponse(responseCode = "200", description = "The evaluation as stored now (ETag: its new version)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public EvaluationView changeFeedback(@PathParam("evaluationId") String evaluationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = NO_BODY) @Valid FeedbackChange request) {
        return evaluations.changeFeedback(session.require(), courseId, userId, evaluationId,
                Precondition.required(ifMatch), request.command());
    }
}
