package nl.groeipad.coach.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.coach.control.CoachDesk;
import nl.groeipad.coach.control.CoachDesk.AttentionList;
import nl.groeipad.coach.entity.Attention.Sort;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who needs the coach: {@code GET /api/v1/courses/{courseId}/attention}. Only for coaches and admins of that
 * course; a participant gets 403, another course 404. The path is the whole path on purpose: a root resource on
 * {@code v1/courses/{courseId}} would shadow every other resource under {@code v1/courses} (JAX-RS matches one
 * root resource class, the one with the longest literal prefix).
 */
@Path("v1/courses/{courseId}/attention")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "coach")
public class AttentionResource {

    @Inject
    CurrentSession session;

    @Inject
    CoachDesk desk;

    @PathParam("courseId")
    String courseId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participants of the coach's course with the reasons to look at them now",
            description = "Reasons, most pressing first: intake-waiting (handed in, not put in the plan since), overdue "
                    + "(tasks of past days not done), new-note / new-photo (since this coach last looked), quiet (no "
                    + "activity for 14 days). `sort`: attention (default), name, quiet (longest without activity "
                    + "first). `needsAttention` counts the participants with a reason. At most 500 participants, the "
                    + "most recently active. A constant number of SQL statements whatever the number of participants.")
    public AttentionList attention(@QueryParam("sort") String sort) {
        return desk.attention(session.require(), courseId, Sort.parse(sort));
    }
}
