package nl.groeipad.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.groeipad.catalogue.control.ItemView.PageView;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.catalogue.control.ItemView;
import nl.groeipad.catalogue.control.SearchCriteria;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's catalogue of learning material: {@code /api/v1/catalogue/items}. Everyone reads;
 * coaches and admins add, change, remove and share. An item's {@code version} is its ETag; revising and
 * removing it require If-Match with the version the coach saw (428 without, 412 when someone else changed it
 * since); sharing and withdrawing are idempotent and take an optional one.
 */
@Path("v1/catalogue/items")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "catalogue", description = "Learning material of the organisation, and sharing it with others")
public class CatalogueItemsResource {

    private static final String NO_BODY = "{body.material}";

    @Inject
    CurrentSession session;

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search and filter the organisation's material, one page at a time",
            description = "All filters are optional and must all hold. Order: title matches first when searching "
                    + "text (sort=relevance), else alphabetical (sort=title).")
    public PageView<ItemView> search(
            @Parameter(description = "Free text; every word must occur in title, description or competency") @QueryParam("q") String q,
            @Parameter(description = "Stable key of a competency") @QueryParam("competency") String competency,
            @Parameter(description = "Exact competency title (material not linked to a framework yet)") @QueryParam("competencyTitle") String competencyTitle,
            @Parameter(description = "A, B or C") @QueryParam("level") String level,
            @Parameter(description = "online-lesson, lms-activity, video, workplace-assignment, offline-training, conversation") @QueryParam("kind") String kind,
            @Parameter(description = "online or offline") @QueryParam("place") String place,
            @Parameter(description = "doing, watching, thinking or feeling (doen, kijken, denken, voelen)") @QueryParam("style") String style,
            @Parameter(description = "Language code, e.g. nl") @QueryParam("language") String language,
            @Parameter(description = "own, shared-copy or external") @QueryParam("source") String source,
            @Parameter(description = "relevance or title") @QueryParam("sort") String sort,
            @Parameter(description = "Rows to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size 1-100 (default 20)") @QueryParam("limit") String limit) {
        var criteria = SearchCriteria.parse(q, competency, competencyTitle, level, kind, place, style, language, source,
                sort, offset, limit);
        session.require();
        var page = catalogue.search(criteria);
        return new PageView<>(page.items().stream().map(ItemView::of).toList(), page.total(), page.offset(), page.limit());
    }

    @GET
    @Path("competencies")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The competencies the organisation's material refers to (for a filter)")
    public List<CompetencyView> competencies() {
        session.require();
        return catalogue.competencies().stream().map(c -> new CompetencyView(c.key(), c.title())).toList();
    }

    /** A competency the material refers to: its stable key (when linked to a framework) and its title. */
    public record CompetencyView(String key, String title) {
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One item of the organisation's catalogue", description = "ETag: the item's version.")
    public ItemView get(@PathParam("id") String id) {
        session.require();
        return ItemView.of(catalogue.require(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add material (coaches and admins); 201 with its address")
    public Response create(@NotNull(message = NO_BODY) @Valid ItemRequest request) {
        return created(catalogue.create(session.require(), request.toCommand()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change material (coaches and admins); a copy of another organisation's material is read-only (422)",
            description = "If-Match with the item's version is required.")
    @APIResponse(responseCode = "200", description = "The item as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public ItemView revise(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                           @NotNull(message = NO_BODY) @Valid ItemRequest request) {
        var s = session.require();
        return ItemView.of(catalogue.revise(s, id, Precondition.required(ifMatch), request.toCommand()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove material (coaches and admins); a shared item is withdrawn from the shared list",
            description = "If-Match with the item's version is required: only the item as the coach saw it is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response remove(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        catalogue.remove(s, id, Precondition.required(ifMatch));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/sharing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share with other organisations (coaches and admins): publishes a snapshot to the shared list",
            description = "An idempotent state transition: no precondition needed (If-Match is checked when sent).")
    public ItemView share(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return ItemView.of(catalogue.share(s, id, Precondition.optional(ifMatch)));
    }

    @DELETE
    @Path("{id}/sharing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop sharing (coaches and admins); copies other organisations made stay theirs",
            description = "An idempotent state transition: no precondition needed (If-Match is checked when sent).")
    public ItemView stopSharing(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return ItemView.of(catalogue.stopSharing(s, id, Precondition.optional(ifMatch)));
    }

    @POST
    @Path("{id}/duplicate")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an own, changeable duplicate (e.g. of a read-only shared copy); 201 with its address")
    public Response duplicate(@PathParam("id") String id) {
        return created(catalogue.duplicateAsOwn(session.require(), id));
    }

    private Response created(CatalogueItem item) {
        var location = uriInfo.getBaseUriBuilder().path(CatalogueItemsResource.class).path(item.id()).build();
        return Response.created(location).entity(ItemView.of(item)).type(MediaType.APPLICATION_JSON).build();
    }
}
