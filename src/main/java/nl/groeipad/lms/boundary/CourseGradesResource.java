package nl.groeipad.lms.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.groeipad.lms.control.Gradebook;
import nl.groeipad.lms.control.Gradebook.GradeView;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The grades of the coach's course on their way to the LMS gradebook: {@code /api/v1/courses/{courseId}/grades}. */
@Path("v1/courses/{courseId}/grades")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "grades")
public class CourseGradesResource {

    @Inject
    CurrentSession session;

    @Inject
    Gradebook gradebook;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per participant and line item the newest score and where it is: delivered (in the LMS), "
            + "pending (will be sent, again) or failed (after the last retry); older failures too")
    public List<GradeView> grades(@PathParam("courseId") String courseId) {
        return gradebook.grades(session.require(), courseId);
    }

    @POST
    @Path("{gradeId}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Try a failed score again (\"opnieuw proberen\"); 409 already-delivered when it is in the LMS")
    public GradeView retry(@PathParam("courseId") String courseId, @PathParam("gradeId") String gradeId) {
        return gradebook.retry(session.require(), courseId, gradeId);
    }
}
