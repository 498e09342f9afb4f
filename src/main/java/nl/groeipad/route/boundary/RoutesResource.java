package nl.groeipad.route.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.route.boundary.RouteRequests.DescribeRequest;
import nl.groeipad.route.boundary.RouteRequests.LinkRequest;
import nl.groeipad.route.boundary.RouteRequests.PositionRequest;
import nl.groeipad.route.boundary.RouteRequests.RouteRequest;
import nl.groeipad.route.boundary.RouteRequests.StepRequest;
import nl.groeipad.route.boundary.RouteRequests.TargetRequest;
import nl.groeipad.route.control.RouteViews.RouteSummary;
import nl.groeipad.route.control.RouteViews.RouteView;
import nl.groeipad.route.control.Routes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Development routes for coaches: {@code /api/v1/routes}. The list holds the organisation's templates; every
 * other path takes a route id, which may also be a personal route of the coach's course (see
 * {@code /api/v1/courses/{courseId}/participants/{userId}/route}), edited the same way. Participants: 403.
 */
@Path("v1/routes")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "routes", description = "Development routes: templates and participants' personal routes")
public class RoutesResource {

    private static final String NO_BODY = RouteRequests.NO_BODY;

    @Inject
    CurrentSession session;

    @Inject
    Routes routes;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisation's route templates, by title (the demo route included)")
    public List<RouteSummary> templates() {
        return routes.templates(session.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "New route template on a framework version {title, description?, frameworkId}; 201 with its address")
    public Response create(@NotNull(message = NO_BODY) @Valid RouteRequest request) {
        var route = routes.create(session.require(), request.command());
        var location = uriInfo.getBaseUriBuilder().path(RoutesResource.class).path(route.id()).build();
        return Response.created(location).entity(route).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A route with its targets, steps and linked material")
    public RouteView route(@PathParam("id") String id) {
        return routes.route(session.require(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change title and description")
    public RouteView describe(@PathParam("id") String id, @NotNull(message = NO_BODY) @Valid DescribeRequest request) {
        return routes.describe(session.require(), id, request.command());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a route (personal copies of a template stay)")
    public Response remove(@PathParam("id") String id) {
        routes.remove(session.require(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/targets/{competencyKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aim at a competency of the route's framework version with a level {level: A|B|C}")
    public RouteView target(@PathParam("id") String id, @PathParam("competencyKey") String competencyKey,
                            @NotNull(message = NO_BODY) @Valid TargetRequest request) {
        return routes.target(session.require(), id, request.command(competencyKey));
    }

    @DELETE
    @Path("{id}/targets/{competencyKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop aiming at a competency")
    public RouteView removeTarget(@PathParam("id") String id, @PathParam("competencyKey") String competencyKey) {
        return routes.removeTarget(session.require(), id, competencyKey);
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a step at the end {title, description?, competencyKey, level}; 201 with the route")
    public Response addStep(@PathParam("id") String id, @NotNull(message = NO_BODY) @Valid StepRequest request) {
        var added = routes.addStep(session.require(), id, request.details());
        var location = uriInfo.getBaseUriBuilder().path(RoutesResource.class).path(id).path("steps").path(added.id())
                .build();
        return Response.created(location).entity(added.route()).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}/steps/{stepId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a step")
    public RouteView reviseStep(@PathParam("id") String id, @PathParam("stepId") String stepId,
                                @NotNull(message = NO_BODY) @Valid StepRequest request) {
        return routes.reviseStep(session.require(), id, stepId, request.details());
    }

    @DELETE
    @Path("{id}/steps/{stepId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a step with its links to material")
    public RouteView removeStep(@PathParam("id") String id, @PathParam("stepId") String stepId) {
        return routes.removeStep(session.require(), id, stepId);
    }

    @PUT
    @Path("{id}/steps/{stepId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a step {position} (0 = first)")
    public RouteView moveStep(@PathParam("id") String id, @PathParam("stepId") String stepId,
                              @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        return routes.moveStep(session.require(), id, stepId, request.position());
    }

    @POST
    @Path("{id}/steps/{stepId}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link catalogue material to a step {itemId, suggested?}; suggested = a suggested workplace assignment")
    public RouteView link(@PathParam("id") String id, @PathParam("stepId") String stepId,
                          @NotNull(message = NO_BODY) @Valid LinkRequest request) {
        return routes.link(session.require(), id, stepId, request.command());
    }

    @DELETE
    @Path("{id}/steps/{stepId}/items/{itemId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlink material from a step")
    public RouteView unlink(@PathParam("id") String id, @PathParam("stepId") String stepId,
                            @PathParam("itemId") String itemId) {
        return routes.unlink(session.require(), id, stepId, itemId);
    }

    @PUT
    @Path("{id}/steps/{stepId}/items/{itemId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move material within a step {position} (0 = first)")
    public RouteView moveItem(@PathParam("id") String id, @PathParam("stepId") String stepId,
                              @PathParam("itemId") String itemId, @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        return routes.moveItem(session.require(), id, stepId, itemId, request.position());
    }
}
