package nl.groeipad.route.boundary;

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
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Development routes for coaches: {@code /api/v1/routes}. The list holds the organisation's templates; every
 * other path takes a route id, which may also be a personal route of the coach's course (see
 * {@code /api/v1/courses/{courseId}/participants/{userId}/route}), edited the same way. Participants: 403.
 *
 * <p>A route is one aggregate with one version (its ETag, rising with every change). Every replacement,
 * removal and move requires If-Match with the version the coach saw (428 without, 412 when someone else
 * changed the route since); adding a step or linking material appends and needs none.
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
    @Operation(summary = "A route with its targets, steps and linked material",
            description = "ETag: the route's version, which rises with every change to the route.")
    public RouteView route(@PathParam("id") String id) {
        return routes.route(session.require(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change title and description (and `certifying`: the route ends with a formal assessment moment; omitted = unchanged)", description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView describe(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                              @NotNull(message = NO_BODY) @Valid DescribeRequest request) {
        var s = session.require();
        return routes.describe(s, id, Precondition.required(ifMatch), request.command());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a route (personal copies of a template stay)",
            description = "If-Match with the route's version is required: only the route as the coach saw it is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response remove(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        routes.remove(s, id, Precondition.required(ifMatch));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/targets/{competencyKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aim at a competency of the route's framework version with a level {level: A|B|C}",
            description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView target(@PathParam("id") String id, @PathParam("competencyKey") String competencyKey, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                            @NotNull(message = NO_BODY) @Valid TargetRequest request) {
        var s = session.require();
        return routes.target(s, id, Precondition.required(ifMatch), request.command(competencyKey));
    }

    @DELETE
    @Path("{id}/targets/{competencyKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop aiming at a competency", description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView removeTarget(@PathParam("id") String id, @PathParam("competencyKey") String competencyKey,
                                  @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        return routes.removeTarget(s, id, Precondition.required(ifMatch), competencyKey);
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a step at the end {title, description?, competencyKey, level}; 201 with the route",
            description = "No precondition: the step is appended (its position is assigned while the route is locked, "
                    + "so concurrent additions never share one).")
    public Response addStep(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                            @NotNull(message = NO_BODY) @Valid StepRequest request) {
        var s = session.require();
        var added = routes.addStep(s, id, Precondition.optional(ifMatch), request.details());
        var location = uriInfo.getBaseUriBuilder().path(RoutesResource.class).path(id).path("steps").path(added.id())
                .build();
        return Response.created(location).entity(added.route()).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}/steps/{stepId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a step", description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView reviseStep(@PathParam("id") String id, @PathParam("stepId") String stepId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                                @NotNull(message = NO_BODY) @Valid StepRequest request) {
        var s = session.require();
        return routes.reviseStep(s, id, Precondition.required(ifMatch), stepId, request.details());
    }

    @DELETE
    @Path("{id}/steps/{stepId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a step with its links to material", description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView removeStep(@PathParam("id") String id, @PathParam("stepId") String stepId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        return routes.removeStep(s, id, Precondition.required(ifMatch), stepId);
    }

    @PUT
    @Path("{id}/steps/{stepId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a step {position} (0 = first)", description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView moveStep(@PathParam("id") String id, @PathParam("stepId") String stepId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                              @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        var s = session.require();
        return routes.moveStep(s, id, Precondition.required(ifMatch), stepId, request.position());
    }

    @POST
    @Path("{id}/steps/{stepId}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link catalogue material to a step {itemId, suggested?}; suggested = a suggested workplace assignment",
            description = "No precondition: the material is appended to the step.")
    public RouteView link(@PathParam("id") String id, @PathParam("stepId") String stepId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
                          @NotNull(message = NO_BODY) @Valid LinkRequest request) {
        var s = session.require();
        return routes.link(s, id, Precondition.optional(ifMatch), stepId, request.command());
    }

    @DELETE
    @Path("{id}/steps/{stepId}/items/{itemId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlink material from a step", description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView unlink(@PathParam("id") String id, @PathParam("stepId") String stepId,
                            @PathParam("itemId") String itemId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        return routes.unlink(s, id, Precondition.required(ifMatch), stepId, itemId);
    }

    @PUT
    @Path("{id}/steps/{stepId}/items/{itemId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move material within a step {position} (0 = first)",
            description = "If-Match with the route's version is required.")
    @APIResponse(responseCode = "200", description = "The route as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RouteView moveItem(@PathParam("id") String id, @PathParam("stepId") String stepId,
                              @PathParam("itemId") String itemId, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
                              @NotNull(message = NO_BODY) @Valid PositionRequest request) {
        var s = session.require();
        return routes.moveItem(s, id, Precondition.required(ifMatch), stepId, itemId, request.position());
    }
}
