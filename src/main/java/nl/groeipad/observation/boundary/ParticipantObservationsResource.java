package nl.groeipad.observation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.groeipad.observation.boundary.ObservationRequests.ConcludeRequest;
import nl.groeipad.observation.boundary.ObservationRequests.ScoreRequest;
import nl.groeipad.observation.boundary.ObservationRequests.SituationRequest;
import nl.groeipad.observation.boundary.ObservationRequests.StartRequest;
import nl.groeipad.observation.control.ObservationViews.CoachObservationView;
import nl.groeipad.observation.control.ObservationViews.ObservationSummary;
import nl.groeipad.observation.control.ObservationPhotos;
import nl.groeipad.observation.control.Observations;
import nl.groeipad.observation.entity.EvidencePhoto;
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.boundary.Uploads;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A participant's workplace observations as their coaches work with them:
 * {@code /api/v1/courses/{courseId}/participants/{userId}/observations}. Only for
 * coaches and admins of that course; a participant gets 403 here, anyone else 404.
 */
@Path("v1/courses/{courseId}/participants/{userId}/observations")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "observation", description = "Workplace observation, its conclusion and offline results")
public class ParticipantObservationsResource {

    private static final String NO_BODY = "{body.data}";

    @Inject
    CurrentSession session;

    @Inject
    Observations observations;

    @Inject
    ObservationPhotos photos;

    @Context
    UriInfo uriInfo;

    @PathParam("courseId")
    String courseId;

    @PathParam("userId")
    String userId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an observation of the participant",
            description = "A published framework version, one or more of its competencies, a level A/B/C, optionally "
                    + "a goal of the participant's plan, a period in days (default 21) and at least 2 named work "
                    + "situations; `guideConfirmed` must be true (the coach read the checklist and the pitfalls).")
    public Response start(@NotNull(message = NO_BODY) @Valid StartRequest request) {
        var view = observations.start(session.require(), courseId, userId, request.command());
        return Answers.createdBelow(uriInfo, view.id(), view);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's observations in this course, newest first")
    public List<ObservationSummary> list() {
        return observations.list(session.require(), courseId, userId);
    }

    @GET
    @Path("{observationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One observation: situations, indicators with the level's text, the whole score log, the "
            + "conclusion rule, rater signals, the second observer's differences, results", description = "ETag: its version.")
    public CoachObservationView observation(@PathParam("observationId") String observationId) {
        return observations.observation(session.require(), courseId, userId, observationId);
    }

    @POST
    @Path("{observationId}/situations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a work situation while the observation is open",
            description = "If-Match with the observation's version is required.")
    @APIResponse(responseCode = "200", description = "The observation as stored now (ETag: its new version)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public CoachObservationView addSituation(@PathParam("observationId") String observationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = NO_BODY) @Valid SituationRequest request) {
        return observations.addSituation(session.require(), courseId, userId, observationId,
                Precondition.required(ifMatch), request.name());
    }

    @POST
    @Path("{observationId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one score (1-5) or \"niet gezien\" for an indicator in a situation; append-only",
            description = "The first entry of a cell is plain; changing it is a correction: `corrects` names the "
                    + "current entry and `reason` says why (409 score-exists / score-changed otherwise). An append: "
                    + "no precondition needed; one that is sent is checked. 201 with the entry and the new version.")
    public Response record(@PathParam("observationId") String observationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
            @NotNull(message = NO_BODY) @Valid ScoreRequest request) {
        var recorded = observations.record(session.require(), courseId, userId, observationId,
                Precondition.optional(ifMatch), request.command());
        return Answers.created(recorded);
    }

    @POST
    @Path("{observationId}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude the observation",
            description = "By the rule (≥ 2 situations with scores, period passed, every indicator scored or \"niet "
                    + "gezien\"), or with a written `reason` (then marked early/incomplete). `guideConfirmed` must be "
                    + "true. Results per competency by the mastery rule. If-Match required. 409 when already concluded.")
    @APIResponse(responseCode = "200", description = "The concluded observation (ETag: its new version)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public CoachObservationView conclude(@PathParam("observationId") String observationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = NO_BODY) @Valid ConcludeRequest request) {
        return observations.conclude(session.require(), courseId, userId, observationId,
                Precondition.required(ifMatch), request.command());
    }

    @POST
    @Path("{observationId}/situations/{situationId}/photos")
    @Consumes("image/*")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an evidence photo taken in a work situation (optionally for one behaviour): JPEG, PNG or "
            + "WebP of at most 2 MB; append-only",
            description = "The kind follows from the first bytes (400 naming `photo` when it is no such image, 413 "
                    + "when over 2 MB, 415 for a body that is not image/*). `key`: a UUID the device made for this "
                    + "photo; the same request again answers the photo stored the first time (201), the key with "
                    + "another photo or place is 409 idempotency-key-reused. No precondition needed (an append). "
                    + "201 with the photo and the observation's new version; 409 observation-concluded / photos-full.")
    @APIResponse(responseCode = "413", description = "Over 2 MB")
    public Response addPhoto(@PathParam("observationId") String observationId,
            @PathParam("situationId") String situationId,
            @QueryParam("indicatorId") @Size(max = 36, message = "{observation.indicator.choose}") String indicatorId,
            @QueryParam("key") @Size(max = 36, message = "{observation.key.uuid}") String key,
            InputStream body) throws IOException {
        var s = session.require();
        // Read one byte past the limit, never more: the domain answers 413 for what is too large.
        var bytes = Uploads.readAtMost(body, EvidencePhoto.MAX_BYTES);
        var recorded = photos.add(s, courseId, userId, observationId, situationId, indicatorId, key, bytes);
        var location = uriInfo.getBaseUriBuilder().path(ParticipantObservationsResource.class)
                .path(observationId).path("photos").path(recorded.photo().id())
                .build(courseId, userId);
        return Answers.createdAt(location, recorded);
    }

    @GET
    @Path("{observationId}/photos/{photoId}")
    @Operation(summary = "An evidence photo of the observation, for the coaches of the course")
    public Response photo(@PathParam("observationId") String observationId, @PathParam("photoId") String photoId) {
        var photo = photos.forCoach(session.require(), courseId, userId, observationId, photoId);
        return Response.ok(photo.content(), photo.mediaType())
                .header("Content-Disposition", "inline")
                .header("Content-Security-Policy", "default-src 'none'; sandbox").build();
    }
}
