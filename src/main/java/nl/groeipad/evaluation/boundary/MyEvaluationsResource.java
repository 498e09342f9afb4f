package nl.groeipad.evaluation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.groeipad.evaluation.boundary.EvaluationRequests.ReflectionRequest;
import nl.groeipad.evaluation.control.EvaluationViews.EvaluationsView;
import nl.groeipad.evaluation.control.Evaluations;
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participant's own interim evaluations: {@code /api/v1/me/evaluations}. 403 for coaches. */
@Path("v1/me/evaluations")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "evaluation")
public class MyEvaluationsResource {

    private static final String NO_BODY = "{body.data}";

    @Inject
    CurrentSession session;

    @Inject
    Evaluations evaluations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My interim evaluations: when the next one is, whether I can fill it in, the coach's feedback")
    public EvaluationsView mine() {
        return evaluations.mine(session.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My reflection on the evaluation that is due: three answers and an optional note, once",
            description = "Answers: good, sometimes, not-yet. 409 not-due (another day, or not due yet), "
                    + "reflection-exists, no-evaluations. 201 with the evaluation.")
    public Response reflect(@NotNull(message = NO_BODY) @Valid ReflectionRequest request) {
        var view = evaluations.reflect(session.require(), request.command());
        return Answers.created(view);
    }
}
