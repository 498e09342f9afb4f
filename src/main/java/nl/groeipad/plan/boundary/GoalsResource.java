package nl.groeipad.plan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.plan.boundary.PlanRequests.GoalRequest;
import nl.groeipad.plan.boundary.PlanRequests.TaskRequest;
import nl.groeipad.plan.control.PlanViews.GoalView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A goal of a plan, for the coach: change, remove, plan a task under it, mark it achieved or reopen it. */
@Path("v1/goals")
@RequestScoped
@SecurityRequirement(name = "session")
public class GoalsResource {

    @Inject
    CurrentSession session;

    @Inject
    Plans plans;

    @Context
    UriInfo uriInfo;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reword a goal, change its competency, level or due date (tasks in the body are ignored)")
    public GoalView change(@PathParam("id") String id,
            @NotNull(message = "{body.goal}") @Valid GoalRequest request) {
        return plans.changeGoal(session.require(), id, request.details());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a goal with its tasks, notes and photos")
    public Response remove(@PathParam("id") String id) {
        plans.removeGoal(session.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a task under the goal, for a day within the plan's period")
    public Response planTask(@PathParam("id") String id,
            @NotNull(message = "{body.task}") @Valid TaskRequest request) {
        var task = plans.planTask(session.require(), id, request.details());
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/tasks").path(task.id()).build()).entity(task).build();
    }

    @POST
    @Path("{id}/achieved")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The coach marks the goal achieved")
    public GoalView achieved(@PathParam("id") String id) {
        return plans.markAchieved(session.require(), id);
    }

    @DELETE
    @Path("{id}/achieved")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The coach reopens an achieved goal")
    public GoalView reopen(@PathParam("id") String id) {
        return plans.reopen(session.require(), id);
    }
}
