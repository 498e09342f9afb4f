package nl.groeipad.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.catalogue.control.ItemView;
import nl.groeipad.catalogue.control.ItemView.PageView;
import nl.groeipad.catalogue.control.ItemView.Shared;
import nl.groeipad.catalogue.control.SearchCriteria;
import nl.groeipad.catalogue.control.SharedCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Material other organisations share ("Gedeeld door andere organisaties"): {@code /api/v1/catalogue/shared}.
 * Coaches and admins search it and copy an item into their own catalogue as a read-only copy.
 */
@Path("v1/catalogue/shared")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "catalogue")
public class SharedCatalogueItemsResource {

    @Inject
    nl.groeipad.platform.control.CurrentSession session;

    @Inject
    SharedCatalogue shared;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the material other organisations share (coaches and admins)",
            description = "Same filters as the organisation's own search, except source. Shows the sharing "
                    + "organisation's name and, if made, the id of the own copy.")
    public PageView<Shared> search(
            @Parameter(description = "Free text") @QueryParam("q") String q,
            @QueryParam("competency") String competency,
            @QueryParam("competencyTitle") String competencyTitle,
            @QueryParam("level") String level,
            @QueryParam("kind") String kind,
            @QueryParam("place") String place,
            @QueryParam("style") String style,
            @QueryParam("language") String language,
            @QueryParam("sort") String sort,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var criteria = SearchCriteria.parse(q, competency, competencyTitle, level, kind, place, style, language, null,
                sort, offset, limit);
        var page = shared.search(session.require(), criteria);
        return new PageView<>(page.items().stream().map(hit -> Shared.of(hit.item(), hit.copyId())).toList(),
                page.total(), page.offset(), page.limit());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One shared item (coaches and admins)")
    public Shared get(@PathParam("id") String id) {
        var hit = shared.byId(session.require(), id);
        return Shared.of(hit.item(), hit.copyId());
    }

    @POST
    @Path("{id}/copy")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Copy a shared item into the own catalogue as a read-only copy; 201 with the copy's address")
    public Response copy(@PathParam("id") String id) {
        var copy = shared.copy(session.require(), id);
        var location = uriInfo.getBaseUriBuilder().path(CatalogueItemsResource.class).path(copy.id()).build();
        return Response.created(location).entity(ItemView.of(copy)).type(MediaType.APPLICATION_JSON).build();
    }
}
