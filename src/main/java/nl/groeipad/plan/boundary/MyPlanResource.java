package nl.groeipad.plan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.PlanViews.TodayView;
import nl.groeipad.plan.control.TaskBoard;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The participant's own plan and task board: {@code GET /api/v1/me/plan}, {@code GET /api/v1/me/today}. */
@Path("v1/me")
@RequestScoped
@SecurityRequirement(name = "session")
public class MyPlanResource {

    @Inject
    CurrentSession session;

    @Inject
    TaskBoard board;

    @GET
    @Path("plan")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My plan in the course I launched from: goals with their tasks",
            description = "While the coach has made none: 200 with an empty plan (no id, no goals).")
    public PlanView plan() {
        return board.myPlan(session.require());
    }

    @GET
    @Path("today")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My task board: today's tasks per goal, overdue tasks and those of the coming days")
    public TodayView today() {
        return board.today(session.require());
    }
}
