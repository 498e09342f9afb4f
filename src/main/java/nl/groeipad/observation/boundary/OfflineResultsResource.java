package nl.groeipad.observation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.groeipad.observation.boundary.ObservationRequests.OfflineRequest;
import nl.groeipad.observation.control.ObservationViews.OfflineResultView;
import nl.groeipad.observation.control.Observations;
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Results a participant obtained elsewhere (training, test, practical exam), as their coaches record them:
 * {@code /api/v1/courses/{courseId}/participants/{userId}/offline-results}. Coaches and admins of the course only;
 * a participant gets 403, anyone else 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/offline-results")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "observation")
public class OfflineResultsResource {

    private static final String NO_BODY = "{body.data}";

    @Inject
    CurrentSession session;

    @Inject
    Observations observations;

    @Context
    UriInfo uriInfo;

    @PathParam("courseId")
    String courseId;

    @PathParam("userId")
    String userId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a result obtained elsewhere: a training, a test or a practical exam",
            description = "`kind` training | test | practical-exam, `achievedOn` (not in the future), `competencyKey` "
                    + "(of a published framework), `level` A/B/C, `note` (max 500).")
    public Response recordOffline(@NotNull(message = NO_BODY) @Valid OfflineRequest request) {
        var result = observations.recordOffline(session.require(), courseId, userId, request.command());
        return Answers.createdBelow(uriInfo, result.id(), result);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's offline results in this course, newest first")
    public List<OfflineResultView> offlineResults() {
        return observations.offlineResults(session.require(), courseId, userId);
    }
}
