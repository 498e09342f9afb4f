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
import nl.groeipad.intake.boundary.IntakeRequests.AnswerRequest;
import nl.groeipad.intake.boundary.IntakeRequests.StartMineRequest;
import nl.groeipad.intake.control.IntakeViews.IntakeView;
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
 * The participant's own intake, "Wat kan ik al?": {@code /api/v1/me/intake}. One answer per request, so the
 * participant can stop at any moment and go on later at the first unanswered question.
 */
@Path("v1/me/intake")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "intake", description = "Self-assessment at intake, the coach's observation and the suggestions")
public class MyIntakeResource {

    private static final String NO_BODY = "{body.answer}";

    @Inject
    CurrentSession session;

    @Inject
    Intakes intakes;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's current intake with its questions and answers",
            description = "`next` is the number of the first unanswered question (null when all are answered). "
                    + "Before the first intake: 200 with status `none` and no questions. ETag: the intake's version.")
    public IntakeView mine() {
        return intakes.mine(session.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an intake (when the coach has not started one)",
            description = "Body optional: `frameworkVersionId`, a published version of the organisation (default: the "
                    + "organisation's default framework). 404 when that version is not found (also another "
                    + "organisation's or a draft).")
    @APIResponse(responseCode = "404", description = "The framework version is not found")
    public Response start(@Valid StartMineRequest request) {
        var intake = intakes.startMine(session.require(), request == null ? null : request.frameworkVersionId());
        var location = uriInfo.getBaseUriBuilder().path(MyIntakeResource.class).build();
        return Answers.createdAt(location, intake);
    }

    @PUT
    @Path("answers/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer one question: already, a-little or not-yet (\"Dit kan ik al / een beetje / nog niet\")",
            description = "Saved at once; an answer may be changed until the intake is completed (409 after). "
                    + "No precondition needed: only the participant answers, one answer replaced whole.")
    public IntakeView answer(@PathParam("indicatorId") String indicatorId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                             @NotNull(message = NO_BODY) @Valid AnswerRequest request) {
        var s = session.require();
        return intakes.answerMine(s, Precondition.optional(ifMatch), indicatorId, request.selfAssessment());
    }

    @POST
    @Path("completion")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand in the intake; 409 intake-unfinished while a question has no answer",
            description = "A state transition: no precondition needed (If-Match is checked when sent).")
    public IntakeView complete(@HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return intakes.completeMine(s, Precondition.optional(ifMatch));
    }
}
