package nl.groeipad.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.PublicUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Competency frameworks: {@code /api/v1/frameworks}. Ids in paths are version row ids (and row ids of groups,
 * competencies and indicators within that version). Only drafts change; see {@code nl.groeipad.competency}.
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
    @Operation(summary = "One framework version with its groups, competencies, indicators (levels A/B/C) and scale")
    public FrameworkDetails version(@PathParam("id") String id) {
        return frameworks.version(session.require(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the title, description, language or scale labels of a draft")
    public FrameworkDetails describe(@PathParam("id") String id, @NotNull(message = NO_BODY) @Valid FrameworkRequest request) {
        return frameworks.describe(session.require(), id, request.command());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Throw a draft away")
    public Response discard(@PathParam("id") String id) {
        frameworks.discard(session.require(), id);
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
    @Operation(summary = "Publish a draft; the version in use until now becomes superseded")
    public FrameworkDetails publish(@PathParam("id") String id) {
        return frameworks.publish(session.require(), id);
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
    @Operation(summary = "Add a group of competencies to a draft")
    public Response addGroup(@PathParam("id") String id, @NotNull(message = NO_BODY) @Valid GroupRequest request) {
        var group = frameworks.addGroup(session.require(), id, request.command());
        return createdBelow(group, "groups/" + group.id());
    }

    @PUT
    @Path("{id}/groups/{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a group")
    public FrameworkDetails.GroupDetails reviseGroup(@PathParam("id") String id, @PathParam("groupId") String groupId,
                                                     @NotNull(message = NO_BODY) @Valid GroupRequest request) {
        return frameworks.reviseGroup(session.require(), id, groupId, request.command());
    }

    @DELETE
    @Path("{id}/groups/{groupId}")
    @Operation(summary = "Remove a group; its competencies stay, without the group")
    public Response removeGroup(@PathParam("id") String id, @PathParam("groupId") String groupId) {
        frameworks.removeGroup(session.require(), id, groupId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/competencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a competency to a draft")
    public Response addCompetency(@PathParam("id") String id, @NotNull(message = NO_BODY) @Valid CompetencyRequest request) {
        var competency = frameworks.addCompetency(session.require(), id, request.command());
        return createdBelow(competency, "competencies/" + competency.id());
    }

    @PUT
    @Path("{id}/competencies/{competencyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a competency (title, description, code, group)")
    public FrameworkDetails.CompetencyDetails reviseCompetency(@PathParam("id") String id,
                                                               @PathParam("competencyId") String competencyId,
                                                               @NotNull(message = NO_BODY) @Valid CompetencyRequest request) {
        return frameworks.reviseCompetency(session.require(), id, competencyId, request.command());
    }

    @DELETE
    @Path("{id}/competencies/{competencyId}")
    @Operation(summary = "Remove a competency and its indicators from a draft")
    public Response removeCompetency(@PathParam("id") String id, @PathParam("competencyId") String competencyId) {
        frameworks.removeCompetency(session.require(), id, competencyId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/competencies/{competencyId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a competency within its group (0 = first)")
    public FrameworkDetails moveCompetency(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                           @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        return frameworks.moveCompetency(session.require(), id, competencyId, request.position());
    }

    @POST
    @Path("{id}/competencies/{competencyId}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a behavioural indicator with its level texts A, B and C")
    public Response addIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                 @NotNull(message = NO_BODY) @Valid IndicatorRequest request) {
        var indicator = frameworks.addIndicator(session.require(), id, competencyId, request.command());
        return createdBelow(indicator, "competencies/" + competencyId + "/indicators/" + indicator.id());
    }

    @PUT
    @Path("{id}/competencies/{competencyId}/indicators/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a behavioural indicator and its level texts")
    public FrameworkDetails.IndicatorDetails reviseIndicator(@PathParam("id") String id,
                                                             @PathParam("competencyId") String competencyId,
                                                             @PathParam("indicatorId") String indicatorId,
                                                             @NotNull(message = NO_BODY) @Valid IndicatorRequest request) {
        return frameworks.reviseIndicator(session.require(), id, competencyId, indicatorId, request.command());
    }

    @DELETE
    @Path("{id}/competencies/{competencyId}/indicators/{indicatorId}")
    @Operation(summary = "Remove a behavioural indicator from a draft")
    public Response removeIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                    @PathParam("indicatorId") String indicatorId) {
        frameworks.removeIndicator(session.require(), id, competencyId, indicatorId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/competencies/{competencyId}/indicators/{indicatorId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an indicator within its competency (0 = first)")
    public FrameworkDetails moveIndicator(@PathParam("id") String id, @PathParam("competencyId") String competencyId,
                                          @PathParam("indicatorId") String indicatorId,
                                          @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        return frameworks.moveIndicator(session.require(), id, competencyId, indicatorId, request.position());
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
    @Operation(summary = "Import a CASE CFPackage as a draft (a new framework, or the next version of the same document)")
    public Response importCase(String json) {
        return createdFramework(frameworks.importCase(session.require(), json));
    }

    @POST
    @Path("imports/moodle-csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a Moodle competency framework CSV as a draft")
    public Response importMoodle(String csv) {
        return createdFramework(frameworks.importMoodle(session.require(), csv));
    }

    private Response createdFramework(FrameworkDetails framework) {
        return Response.created(uri.getBaseUriBuilder().path("v1/frameworks").path(framework.id()).build())
                .entity(framework).build();
    }

    private Response createdBelow(Object entity, String below) {
        var location = uri.getBaseUriBuilder().path("v1/frameworks").path(uri.getPathParameters().getFirst("id")).path(below);
        return Response.created(location.build()).entity(entity).build();
    }
}
