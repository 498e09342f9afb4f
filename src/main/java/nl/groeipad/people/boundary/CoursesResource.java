package nl.groeipad.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.groeipad.people.control.People;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Courses as seen by a coach: {@code GET /api/v1/courses/{id}/participants} ("Mijn deelnemers"). */
@Path("v1/courses")
@RequestScoped
@SecurityRequirement(name = "session")
public class CoursesResource {

    @Inject
    CurrentSession session;

    @Inject
    People people;

    @GET
    @Path("{courseId}/participants")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Participants of the course the coach launched from, most recently active first")
    public List<People.ParticipantSummary> participants(@PathParam("courseId") String courseId) {
        return people.participants(session.require(), courseId);
    }
}
