package nl.groeipad.observation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.groeipad.observation.control.ObservationPhotos;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evidence photos of the participant's own concluded observations ("Mijn groei"):
 * {@code /api/v1/me/observations/{observationId}/photos/{photoId}}. Never of an open observation (404, as its draft
 * scores); 403 for coaches.
 */
@Path("v1/me/observations/{observationId}/photos/{photoId}")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "observation")
public class MyObservationPhotosResource {

    @Inject
    CurrentSession session;

    @Inject
    ObservationPhotos photos;

    @GET
    @Operation(summary = "An evidence photo of one of my concluded observations")
    public Response photo(@PathParam("observationId") String observationId, @PathParam("photoId") String photoId) {
        var photo = photos.mine(session.require(), observationId, photoId);
        return Response.ok(photo.content(), photo.mediaType())
                .header("Content-Disposition", "inline")
                .header("Content-Security-Policy", "default-src 'none'; sandbox").build();
    }
}
