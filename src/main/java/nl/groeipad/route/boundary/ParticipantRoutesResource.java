package nl.groeipad.route.boundary;

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
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.route.boundary.RouteRequests.GiveRouteRequest;
import nl.groeipad.route.boundary.RouteRequests.PlanRequest;
import nl.groeipad.route.control.RoutePlanning;
import nl.groeipad.route.control.RouteViews.RouteView;
import nl.groeipad.route.control.Routes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A participant's personal route as their coach sees it:
 * {@code /api/v1/courses/{courseId}/participants/{userId}/route}. The coach adapts it through
 * {@code /api/v1/routes/{id}/...} with the route's id.
 */
@Path("v1/courses/{courseId}/participants/{userId}/route")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "routes")
public class ParticipantRoutesResource {

    @Inject
    CurrentSession session;

    @Inject
    Routes routes;

    @Inject
    RoutePlanning planning;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's active route in the coach's course (404 when there is none)")
    public RouteView route(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        return routes.personalRoute(session.require(), courseId, userId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the participant a personal route: a copy of a template {templateId}, or an empty route "
            + "{title, frameworkId}; {replace: true} archives the current one (else 409 route-exists); 201")
    public Response give(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
                         @NotNull(message = RouteRequests.NO_BODY) @Valid GiveRouteRequest request) {
        var route = routes.givePersonalRoute(session.require(), courseId, userId, request.command());
        var location = uriInfo.getBaseUriBuilder().path(RoutesResource.class).path(route.id()).build();
        return Answers.createdAt(location, route);
    }

    @POST
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a plan from this route: the chosen steps {stepIds?} (default the first two) become goals "
            + "with their competency and level, their material tasks on the chosen {days[]} or spread over working days "
            + "from {startsOn?} (default today), every {everyDays?} working days; a new plan, or goals added to the "
            + "existing plan. 201 with the plan")
    public Response plan(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
                         @NotNull(message = RouteRequests.NO_BODY) @Valid PlanRequest request) {
        PlanView plan = planning.planFromRoute(session.require(), courseId, userId, request.command());
        var location = uriInfo.getBaseUriBuilder().path("v1/plans").path(plan.id()).build();
        return Answers.createdAt(location, plan);
    }
}
