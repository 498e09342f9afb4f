package nl.groeipad.competency.boundary;

import java.io.InputStream;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.groeipad.competency.boundary.FrameworkRequests.CompetencyRequest;
import nl.groeipad.competency.boundary.FrameworkRequests.FrameworkRequest;
import nl.groeipad.competency.boundary.FrameworkRequests.GroupRequest;
import nl.groeipad.competency.boundary.FrameworkRequests.IndicatorRequest;
import nl.groeipad.competency.boundary.FrameworkRequests.PositionRequest;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.control.FrameworkListing;
import nl.groeipad.competency.control.FrameworkSummary;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.competency.control.ImportLimits;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.competency.control.Frameworks.Revised;
import nl.groeipad.platform.boundary.EntityTags;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Competency frameworks: {@code /api/v1/frameworks}. Ids in paths are version row ids (and row ids of groups,
 * competencies and indicators within that version). Only drafts change; see {@code nl.groeipad.competency}.
 *
 * <p>A framework version is one aggregate: its {@code revision} (not its {@code version} number) is its ETag and
 * rises with every change to it or its parts. Every replacement, removal and move requires If-Match with the
 * revision the coach saw (428 without, 412 when someone else changed the draft since); additions append and
 * need none. A change to a part answers that part with the draft's new revision as ETag.
 */
@Path("v1/frameworks")
@RequestScoped
@SecurityRequirement(name = "session")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworksResource {

    private static final String NO_BODY = "{body.data}";

    @Inject
    CurrentSession session;

    @Inject
    Frameworks frameworks;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Frameworks of the organisation, each with its published version and open draft")
    public List<FrameworkListing> list() {
        return frameworks.list(session.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a new framework (version 1, a draft)")
    public Response create(@NotNull(message = NO_BODY) @Valid FrameworkRequest request) {
        return createdFramework(frameworks.create(session.require(), request.command()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One framework version with its groups, competencies, indicators (levels A/B/C) and scale",
            description = "ETag: the version's revision, which rises with every change to a draft.")
    public FrameworkDetails version(@PathParam("id") String id) {
        return frameworks.version(session.require(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the title, description, language or scale labels of a draft",
            description = "If-Match with the draft's revision is required.")
    @APIResponse(responseCode = "200", description = "The draft as stored now, with its new revision (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public FrameworkDetails describe(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                     @NotNull(message = NO_BODY) @Valid FrameworkRequest request) {
        var s = session.require();
        return frameworks.describe(s, id, Precondition.required(ifMatch), request.command());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Throw a draft away (409 for a published version)",
            description = "If-Match with the draft's revision is required: only the draft as the coach saw it is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response discard(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        frameworks.discard(s, id, Precondition.required(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "All versions of the framework this version belongs to, newest first")
    public List<FrameworkSummary> versions(@PathParam("id") String id) {
        return frameworks.versions(session.require(), id);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish a draft; the version in use until now becomes superseded",
            description = "A state transition: no precondition needed; send If-Match to publish exactly the draft "
                    + "revision that was reviewed (412 when it changed since).")
    public FrameworkDetails publish(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return frameworks.publish(s, id, Precondition.optional(ifMatch));
    }

    @POST
    @Path("{id}/drafts")
    @Operation(summary = "Make a new version: a draft copied from this published version, with the same keys")
    public Response newDraft(@PathParam("id") String id) {
        return createdFramework(frameworks.newDraft(session.require(), id));
    }

    // ---- groups, competencies, indicators of a draft ----------------------------------------

    @POST
    @Path("{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a group of competencies to a draft",
            description = "No precondition: the group is appended. ETag: the draft's new revision.")
    public Response addGroup(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                             @NotNull(message = NO_BODY) @Valid GroupRequest request) {
        var s = session.require();
        var group = frameworks.addGroup(s, id, Precondition.optional(ifMatch), request.command());
        return createdBelow(group, "groups/" + group.part().id());
    }

    @PUT
    @Path("{id}/groups/{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a group", description = "If-Match with the draft's revision is required.")
    @APIResponse(responseCode = "200", description = "The part as stored now; ETag: the draft's new revision",
            content = @Content(schema = @Schema(implementation = FrameworkDetails.GroupDetails.class)))
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response reviseGroup(@PathParam("id") String id, @PathParam("groupId") String groupId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                @NotNull(message = NO_BODY) @Valid GroupRequest request) {
        var s = session.require();
        return ok(frameworks.reviseGroup(s, id, Precondition.required(ifMatch), groupId, request.command()));
    }

    @DELETE
    @Path("{id}/groups/{groupId}")
    @Operation(summary = "Remove a group; its competencies stay, without the group",
            description = "If-Match with the draft's revision is required. ETag: the draft's new revision.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response removeGroup(@PathParam("id") String id, @PathParam("groupId") String groupId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        return removed(frameworks.removeGroup(s, id, Precondition.required(ifMatch), groupId));
    }

    @POST
    @Path("{id}/competencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a competency to a draft",
            description = "No precondition: the competency is appended to its group. ETag: the draft's new revision.")
    public Response addCompetency(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                                  @NotNull(message = NO_BODY) @Valid CompetencyRequest request) {
        var s = session.require();
        var competency = frameworks.addCompetency(s, id, Precondition.optional(ifMatch), request.command());
        return createdBelow(competency, "competencies/" + competency.part().id());
    }

    @PUT
    @Path("{id}/competencies/{competencyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a competency (title, description, code, group)",
            description = "If-Match with the draft's revision is required.")
    @APIResponse(responseCode = "200", description = "The part as stored now; ETag: the draft's new revision",
            content = @Content(schema = @Schema(implementation = FrameworkDetails.CompetencyDetails.class)))
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response reviseCompetency(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                     @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                     @NotNull(message = NO_BODY) @Valid CompetencyRequest request) {
        var s = session.require();
        return ok(frameworks.reviseCompetency(s, id, Precondition.required(ifMatch), competencyId, request.command()));
    }

    @DELETE
    @Path("{id}/competencies/{competencyId}")
    @Operation(summary = "Remove a competency and its indicators from a draft",
            description = "If-Match with the draft's revision is required. ETag: the draft's new revision.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response removeCompetency(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                     @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        return removed(frameworks.removeCompetency(s, id, Precondition.required(ifMatch), competencyId));
    }

    @PUT
    @Path("{id}/competencies/{competencyId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a competency within its group (0 = first)",
            description = "If-Match with the draft's revision is required.")
    @APIResponse(responseCode = "200", description = "The draft as stored now, with its new revision (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public FrameworkDetails moveCompetency(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                           @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                           @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        var s = session.require();
        return frameworks.moveCompetency(s, id, Precondition.required(ifMatch), competencyId, request.position());
    }

    @POST
    @Path("{id}/competencies/{competencyId}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a behavioural indicator with its level texts A, B and C",
            description = "No precondition: the indicator is appended to its competency. ETag: the draft's new revision.")
    public Response addIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                 @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                                 @NotNull(message = NO_BODY) @Valid IndicatorRequest request) {
        var s = session.require();
        var indicator = frameworks.addIndicator(s, id, Precondition.optional(ifMatch), competencyId, request.command());
        return createdBelow(indicator, "competencies/" + competencyId + "/indicators/" + indicator.part().id());
    }

    @PUT
    @Path("{id}/competencies/{competencyId}/indicators/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a behavioural indicator and its level texts",
            description = "If-Match with the draft's revision is required.")
    @APIResponse(responseCode = "200", description = "The part as stored now; ETag: the draft's new revision",
            content = @Content(schema = @Schema(implementation = FrameworkDetails.IndicatorDetails.class)))
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response reviseIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                    @PathParam("indicatorId") String indicatorId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                    @NotNull(message = NO_BODY) @Valid IndicatorRequest request) {
        var s = session.require();
        return ok(frameworks.reviseIndicator(s, id, Precondition.required(ifMatch), competencyId, indicatorId,
                request.command()));
    }

    @DELETE
    @Path("{id}/competencies/{competencyId}/indicators/{indicatorId}")
    @Operation(summary = "Remove a behavioural indicator from a draft",
            description = "If-Match with the draft's revision is required. ETag: the draft's new revision.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response removeIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                    @PathParam("indicatorId") String indicatorId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        return removed(frameworks.removeIndicator(s, id, Precondition.required(ifMatch), competencyId, indicatorId));
    }

    @PUT
    @Path("{id}/competencies/{competencyId}/indicators/{indicatorId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an indicator within its competency (0 = first)",
            description = "If-Match with the draft's revision is required.")
    @APIResponse(responseCode = "200", description = "The draft as stored now, with its new revision (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public FrameworkDetails moveIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                          @PathParam("indicatorId") String indicatorId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                          @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        var s = session.require();
        return frameworks.moveIndicator(s, id, Precondition.required(ifMatch), competencyId, indicatorId,
                request.position());
    }

    // ---- interchange ------------------------------------------------------------------------

    @GET
    @Path("{id}/export/case")
    @Operation(summary = "This version as a 1EdTech CASE 1.0 CFPackage (JSON)")
    public Response exportCase(@PathParam("id") String id) {
        JsonObject pkg = frameworks.exportCase(session.require(), id, urls.base(uri.getRequestUri()));
        return Response.ok(pkg, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"case-" + id + ".json\"").build();
    }

    @GET
    @Path("{id}/export/moodle-csv")
    @Produces("text/csv")
    @Operation(summary = "This version as a Moodle competency framework CSV (tool_lpimportcsv)")
    public Response exportMoodle(@PathParam("id") String id) {
        var file = frameworks.exportMoodle(session.require(), id);
        return Response.ok(file.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }

    @POST
    @Path("imports/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a CASE CFPackage as a draft (a new framework, or the next version of the same document)",
            description = LIMITS)
    @APIResponse(responseCode = "413", description = "Over " + ImportLimits.MAX_BYTES + " bytes or "
            + ImportLimits.MAX_ITEMS + " CFItems")
    public Response importCase(InputStream json) {
        return createdFramework(frameworks.importCase(session.require(), json));
    }

    @POST
    @Path("imports/moodle-csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a Moodle competency framework CSV as a draft", description = LIMITS)
    @APIResponse(responseCode = "413", description = "Over " + ImportLimits.MAX_BYTES + " bytes or "
            + ImportLimits.MAX_ITEMS + " competency rows")
    public Response importMoodle(InputStream csv) {
        return createdFramework(frameworks.importMoodle(session.require(), csv));
    }

    private static final String LIMITS = "At most " + ImportLimits.MAX_BYTES + " bytes, " + ImportLimits.MAX_ITEMS
            + " items (413 beyond) and " + nl.groeipad.competency.entity.Framework.MAX_DEPTH
            + " levels deep (400 naming the item, also for an item below itself).";

    private Response createdFramework(FrameworkDetails framework) {
        return Response.created(uri.getBaseUriBuilder().path("v1/frameworks").path(framework.id()).build())
                .entity(framework).build();
    }

    private Response createdBelow(Revised<?> revised, String below) {
        var location = uri.getBaseUriBuilder().path("v1/frameworks").path(uri.getPathParameters().getFirst("id")).path(below);
        return Response.created(location.build()).entity(revised.part()).tag(EntityTags.tag(revised.revision())).build();
    }

    /** A changed part, with the draft's new revision as ETag. */
    private static Response ok(Revised<?> revised) {
        return Response.ok(revised.part(), MediaType.APPLICATION_JSON_TYPE).tag(EntityTags.tag(revised.revision())).build();
    }

    /** A removed part: nothing to show, the draft's new revision as ETag. */
    private static Response removed(int revision) {
        return Response.noContent().tag(EntityTags.tag(revision)).build();
    }
}
