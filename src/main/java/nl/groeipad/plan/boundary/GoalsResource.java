package nl.groeipad.plan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.groeipad.plan.boundary.PlanRequests.GoalRequest;
import nl.groeipad.plan.boundary.PlanRequests.TaskRequest;
import nl.groeipad.plan.control.PlanViews.GoalView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.entity.GoalId;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A goal of a plan, for the coach: change, remove, plan a task under it, mark it achieved or reopen it. A goal
 * is read as part of its plan; its {@code version} there is what a change or removal names in If-Match.
 */
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
    @Operation(summary = "Reword a goal, change its competency, level or due date (tasks in the body are ignored)",
            description = "Read-modify-write: If-Match with the goal's version is required.")
    @APIResponse(responseCode = "200", description = "The goal as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public GoalView change(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = "{body.goal}") @Valid GoalRequest request) {
        var s = session.require();
        return plans.changeGoal(s, GoalId.of(id), Precondition.required(ifMatch), request.details());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a goal with its tasks, notes and photos",
            description = "If-Match with the goal's version is required: only the goal as the coach saw it is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response remove(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        plans.removeGoal(s, GoalId.of(id), Precondition.required(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a task under the goal, for a day within the plan's period; or record work already done",
            description = "No precondition: the task is appended after the goal's other tasks (its position is "
                    + "assigned while the plan is locked, so concurrent additions never share one). With \"done\": true "
                    + "the task is stored ticked off by the coach: its day is today or earlier, and may lie up to a year "
                    + "before the plan's start (work done before the plan).")
    public Response planTask(@PathParam("id") String id,
            @NotNull(message = "{body.task}") @Valid TaskRequest request) {
        var task = plans.planTask(session.require(), GoalId.of(id), request.details(), request.alreadyDone());
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/tasks").path(task.id()).build()).entity(task).build();
    }

    @POST
    @Path("{id}/achieved")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The coach marks the goal achieved",
            description = "An idempotent state transition: no precondition needed (If-Match is checked when sent).")
    public GoalView achieved(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return plans.markAchieved(s, GoalId.of(id), Precondition.optional(ifMatch));
    }

    @DELETE
    @Path("{id}/achieved")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The coach reopens an achieved goal",
            description = "An idempotent state transition: no precondition needed (If-Match is checked when sent).")
    public GoalView reopen(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return plans.reopen(s, GoalId.of(id), Precondition.optional(ifMatch));
    }
}
