package nl.groeipad.route.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.route.control.Routes;
import nl.groeipad.route.control.Routes.ActiveRoute;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which participant of a course follows which route: {@code /api/v1/courses/{courseId}/routes} (coaches). */
@Path("v1/courses/{courseId}/routes")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "routes")
public class CourseRoutesResource {

    @Inject
    CurrentSession session;

    @Inject
    Routes routes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The active route of each participant of the coach's course that has one (one query)")
    public List<ActiveRoute> activeRoutes(@PathParam("courseId") String courseId) {
        return routes.activeRoutesInCourse(session.require(), courseId);
    }
}
