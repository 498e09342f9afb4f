package nl.groeipad.lms.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.lms.control.RosterSync;
import nl.groeipad.lms.control.RosterSync.RosterView;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The course's roster from the LMS (NRPS): {@code /api/v1/courses/{courseId}/roster}. */
@Path("v1/courses/{courseId}/roster")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "roster")
public class CourseRosterResource {

    @Inject
    CurrentSession session;

    @Inject
    RosterSync roster;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the LMS offers the course's roster (NRPS) and when it was last read")
    public RosterView status(@PathParam("courseId") String courseId) {
        return roster.status(session.require(), courseId);
    }

    @POST
    @Path("refresh")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the course's roster from the LMS now: everyone enrolled joins \"Mijn deelnemers\" "
            + "(never launched: \"nog niet gestart\"); 409 roster-unavailable or lms-unavailable")
    public RosterView refresh(@PathParam("courseId") String courseId) {
        return roster.refresh(session.require(), courseId);
    }
}
