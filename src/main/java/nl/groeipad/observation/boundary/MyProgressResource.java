package nl.groeipad.observation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.observation.control.ObservationViews.ProgressView;
import nl.groeipad.observation.control.Observations;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The participant's growth, "Mijn voortgang": {@code /api/v1/me/progress}. Concluded observations and offline
 * results only; 403 for coaches.
 */
@Path("v1/me/progress")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "observation")
public class MyProgressResource {

    @Inject
    CurrentSession session;

    @Inject
    Observations observations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "\"Mijn voortgang\": per competency the level reached by concluded observations, the "
            + "concluded observations with the coach's feedback, offline results. Never an open observation.")
    public ProgressView progress() {
        return observations.myProgress(session.require());
    }
}
