package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.groeipad.credential.control.CompletionViews.CourseRow;
import nl.groeipad.credential.control.Completions;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coach's course overview of completion: who is ready, planned, passed or issued. */
@Path("v1/courses/{courseId}/completions")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class CourseCompletionsResource {

    @Inject
    CurrentSession session;

    @Inject
    Completions completions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per participant of the course: their route and goals with a competency and level, each with "
            + "its completion state (not-ready, ready, planned, passed, issued) and how many targets are missing")
    public List<CourseRow> course(@PathParam("courseId") String courseId) {
        return completions.course(session.require(), courseId);
    }
}
