package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.credential.control.CompletionViews.MyCompletion;
import nl.groeipad.credential.control.Completions;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Waar sta ik?": the participant's own completion check, {@code /api/v1/me/completion}. Concluded observations and
 * results from elsewhere only; 403 for coaches and admins.
 */
@Path("v1/me/completion")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class MyCompletionResource {

    @Inject
    CurrentSession session;

    @Inject
    Completions completions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's route and plan goals, each target reached (\"gehaald\") or not yet (\"Oefen nog "
            + "even door\") with what is missing in plain words, and whether a completion moment is planned or passed "
            + "(participants)")
    public MyCompletion mine() {
        return completions.mine(session.require());
    }
}
