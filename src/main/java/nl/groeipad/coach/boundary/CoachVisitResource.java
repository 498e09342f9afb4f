package nl.groeipad.coach.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.groeipad.coach.control.CoachDesk;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The coach's look at a participant: {@code PUT /api/v1/courses/{courseId}/participants/{userId}/visit}. Only for
 * coaches and admins of that course; a participant gets 403, another course or someone not taking part 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/visit")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "coach")
public class CoachVisitResource {

    @Inject
    CurrentSession session;

    @Inject
    CoachDesk desk;

    @PUT
    @Operation(summary = "The coach looked at the participant's page now: older notes and photos are no longer new",
            description = "Idempotent; moves the moment forward only. 204.")
    public Response looked(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        desk.looked(session.require(), courseId, userId);
        return Response.noContent().build();
    }
}
