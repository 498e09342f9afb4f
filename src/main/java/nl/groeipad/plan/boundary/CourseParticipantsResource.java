package nl.groeipad.plan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import nl.groeipad.people.control.People;
import nl.groeipad.people.control.People.ParticipantSummary;
import nl.groeipad.plan.boundary.PlanRequests.CreatePlanRequest;
import nl.groeipad.plan.boundary.PlanRequests.GoalRequest;
import nl.groeipad.plan.control.CoachOverview;
import nl.groeipad.plan.control.PlanViews.ParticipantOverview;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.control.Plans.NewPlan;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The coach's participants ("Mijn deelnemers") with their plans, under the course the coach launched from:
 * {@code GET /api/v1/courses/{courseId}/participants} (people and plan summaries, in a constant number of
 * SQL statements), one participant, and their plan — read and created here.
 */
@Path("v1/courses")
@RequestScoped
@SecurityRequirement(name = "session")
public class CourseParticipantsResource {

    @Inject
    CurrentSession session;

    @Inject
    CoachOverview overview;

    @Inject
    People people;

    @Inject
    Plans plans;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{courseId}/participants")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Participants of the coach's course, most recently active first, each with their plan's state,"
            + " next step and last activity. Optional paging: offset and limit (1–500); X-Total-Count tells how many in all")
    @APIResponse(responseCode = "200", description = "The participants",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantOverview.class)))
    public Response participants(@PathParam("courseId") String courseId,
            @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{page.offset}") int offset,
            @QueryParam("limit") @Min(value = 1, message = "{page.limit}")
            @Max(value = 500, message = "{page.limit}") Integer limit) {
        var page = overview.participants(session.require(), courseId, offset, limit);
        return Response.ok(page.participants()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{courseId}/participants/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One participant of the coach's course")
    public ParticipantSummary participant(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        return people.participant(session.require(), courseId, userId);
    }

    @GET
    @Path("{courseId}/participants/{userId}/plan")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's plan with goals, tasks, ticks and notes (404 while there is none)")
    public PlanView plan(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        return plans.planOf(session.require(), courseId, userId);
    }

    @POST
    @Path("{courseId}/participants/{userId}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the participant's plan (coach), optionally with its period and first goals and tasks;"
            + " 409 when there is one already")
    public Response create(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
            @Valid CreatePlanRequest request) {
        var body = request == null ? new CreatePlanRequest(null, null, List.of()) : request;
        var goals = body.goals() == null ? List.<GoalRequest>of() : body.goals();
        var plan = plans.createPlan(session.require(), courseId, new NewPlan(userId, PlanRequests.date("startsOn", body.startsOn()),
                PlanRequests.date("endsOn", body.endsOn()), goals.stream().map(GoalRequest::command).toList()));
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/plans").path(plan.id()).build()).entity(plan).build();
    }
}
