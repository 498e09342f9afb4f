package nl.groeipad.lms.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.groeipad.lms.control.Gradebook;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coach sends a participant's score to the LMS: {@code /api/v1/courses/{courseId}/participants/{userId}/grades}. */
@Path("v1/courses/{courseId}/participants/{userId}/grades")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "grades")
public class ParticipantGradesResource {

    @Inject
    CurrentSession session;

    @Inject
    Gradebook gradebook;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a score {scoreGiven, scoreMaximum, comment?, activityProgress?, gradingProgress?} to "
            + "the course's Groeipad activity, or {source: \"plan\"}: the plan's progress (tasks done of all) to the line "
            + "item \"Groeipad: plan van aanpak\"; 202 with the score, which the outbox sends")
    public Response send(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
                         @NotNull(message = "{body.data}") GradeRequest request) {
        var s = session.require();
        var grade = request.planProgress() ? gradebook.sendPlanProgress(s, courseId, userId)
                : gradebook.send(s, courseId, userId, request.score());
        return Response.accepted(grade).type(MediaType.APPLICATION_JSON).build();
    }
}
