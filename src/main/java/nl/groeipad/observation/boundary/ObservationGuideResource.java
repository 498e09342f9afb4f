package nl.groeipad.observation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.observation.control.ObservationViews.GuideView;
import nl.groeipad.observation.control.Observations;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The observer's guide for coaches: {@code /api/v1/observation-guide} (checklist, pitfalls, conclusion and mastery
 * rules in the caller's language). 403 for participants.
 */
@Path("v1/observation-guide")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "observation")
public class ObservationGuideResource {

    @Inject
    CurrentSession session;

    @Inject
    Observations observations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The observer's checklist and pitfalls, the conclusion rule and the mastery rule (coaches)")
    public GuideView guide() {
        return observations.guide(session.require());
    }
}
