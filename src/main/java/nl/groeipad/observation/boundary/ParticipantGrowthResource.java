package nl.groeipad.observation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.observation.control.ObservationViews.GrowthView;
import nl.groeipad.observation.control.Observations;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A participant's growth as the coach sees it: {@code GET /api/v1/courses/{courseId}/participants/{userId}/growth}
 * (levels per competency and the scores per observation over time, for the chart). Only for coaches and admins of
 * that course; a participant gets 403, anyone else 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/growth")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "observation")
public class ParticipantGrowthResource {

    @Inject
    CurrentSession session;

    @Inject
    Observations observations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's levels per competency and, per competency, the average score of each "
            + "observation over time (open ones marked)")
    public GrowthView growth(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        return observations.growth(session.require(), courseId, userId);
    }
}
