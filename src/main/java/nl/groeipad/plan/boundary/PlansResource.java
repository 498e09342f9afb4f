package nl.groeipad.plan.boundary;

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
import nl.groeipad.plan.boundary.PlanRequests.GoalRequest;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.entity.PlanId;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A plan by id: read it (its coach or participant), set a goal in it (its coach). */
@Path("v1/plans")
@RequestScoped
@SecurityRequirement(name = "session")
public class PlansResource {

    @Inject
    CurrentSession session;

    @Inject
    Plans plans;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plan with its goals and tasks, for a coach of its course or its own participant",
            description = "ETag: the plan's version, which rises with every change inside the plan.")
    public PlanView plan(@PathParam("id") String id) {
        return plans.plan(session.require(), PlanId.of(id));
    }

    @POST
    @Path("{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an intermediate goal (with tasks, if given) in the plan (coach)",
            description = "No precondition: the goal is appended after the plan's goals (its position is assigned "
                    + "while the plan is locked, so concurrent additions never share one).")
    public Response addGoal(@PathParam("id") String id,
            @NotNull(message = "{body.goal}") @Valid GoalRequest request) {
        var goal = plans.addGoal(session.require(), PlanId.of(id), request.command());
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/goals").path(goal.id()).build()).entity(goal).build();
    }
}
