package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.credential.boundary.CompletionRequests.OutcomeRequest;
import nl.groeipad.credential.boundary.CompletionRequests.PlanRequest;
import nl.groeipad.credential.control.CompletionViews.MomentView;
import nl.groeipad.credential.control.CompletionViews.ParticipantCompletion;
import nl.groeipad.credential.control.Completions;
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
 * Completion (afronding) of a participant's route or plan goal, for the coach of the course:
 * {@code /api/v1/courses/{courseId}/participants/{userId}/completion}. A participant gets 403, anyone else 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/completion")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class ParticipantCompletionResource {

    @Inject
    CurrentSession session;

    @Inject
    Completions completions;

    @Context
    UriInfo uriInfo;

    @PathParam("courseId")
    String courseId;

    @PathParam("userId")
    String userId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The completion check of the participant's route and of each plan goal with a competency and "
            + "level: per target whether concluded observations meet it, what is missing, the moments and outcomes")
    public ParticipantCompletion completion() {
        return completions.of(session.require(), courseId, userId);
    }

    @POST
    @Path("moments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a completion moment {subject: route|goal, goalId?, date, assessor?, note?}",
            description = "Only when the check passes (409 not-ready with what is missing). A certifying route gets a "
                    + "formal assessment moment: the assessor is required. 409 moment-planned while a moment waits "
                    + "for its outcome, already-passed once passed. 201, ETag: its version.")
    public Response plan(@NotNull(message = CompletionRequests.NO_BODY) @Valid PlanRequest request) {
        var moment = completions.plan(session.require(), courseId, userId, request.command());
        return Answers.createdBelow(uriInfo, moment.id(), moment);
    }

    @GET
    @Path("moments/{momentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One completion or assessment moment with its outcome log", description = "ETag: its version.")
    public MomentView moment(@PathParam("momentId") String momentId) {
        return completions.moment(session.require(), courseId, userId, momentId);
    }

    @POST
    @Path("moments/{momentId}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome {outcome: passed|not-yet, note?, corrects?, reason?}; append-only",
            description = "Recorded once (409 outcome-exists); a correction names the current entry in `corrects` "
                    + "with a `reason` (409 outcome-changed when it is no longer current). If-Match with the "
                    + "moment's version is required. 201 with the moment.")
    @APIResponse(responseCode = "201", description = "The moment as stored now (ETag: its new version)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response record(@PathParam("momentId") String momentId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = CompletionRequests.NO_BODY) @Valid OutcomeRequest request) {
        var moment = completions.record(session.require(), courseId, userId, momentId, Precondition.required(ifMatch),
                request.command());
        return Answers.created(moment);
    }
}
