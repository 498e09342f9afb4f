package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.plan.entity.Goal;
import nl.groeipad.plan.entity.GoalId;
import nl.groeipad.plan.entity.Plan;
import nl.groeipad.plan.entity.PlanId;
import nl.groeipad.plan.entity.Task;
import nl.groeipad.plan.entity.TaskId;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Access.Owner;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.CourseId;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.UserId;

/**
 * Finds plans, goals and tasks for the work the caller wants to do with them, as the access policy
 * ({@link CourseAccess}) says: a coach (or admin) works on the plans of their own course; the participant reads
 * their own plan and ticks its tasks; a participant trying a coach's change, or a coach a participant's tick, gets
 * 403; anyone else never learns that a plan, goal or task exists (404, as for an unknown id).
 * Tenants never meet: every lookup goes through {@link TenantData}. Callers run in a transaction. Every
 * method that hands out something to change locks its plan first (see {@link #planToChange}).
 */
@ApplicationScoped
public class PlanAccess {

    static final Text PLAN = Text.of("dit plan", "this plan");
    static final Text GOAL = Text.of("dit doel", "this goal");
    static final Text TASK = Text.of("deze taak", "this task");

    @Inject
    TenantData data;

    @Inject
    CourseAccess access;

    Optional<Plan> planOf(String courseId, String participantId) {
        if (courseId == null) {
            return Optional.empty();
        }
        return data.em().createNamedQuery(Plan.OF_PARTICIPANT, Plan.class).setParameter("courseId", courseId)
                .setParameter("participantId", participantId).getResultStream().findFirst();
    }

    /**
     * The plan for a coach to change, locked for the rest of the transaction: every change to a plan (or to
     * one of its goals or tasks) takes the plan's row lock first, so writers of one plan take turns
     * ({@link TenantData#findForChange}); once its precondition holds, the caller marks the plan
     * {@link TenantData#willChange changing}, so the plan's version rises once per change.
     */
    Plan planToChange(Session session, PlanId planId) {
        access.requireRole(session, Work.COACH);
        return allowed(session, lockedPlan(planId, PLAN), Work.COACH, PLAN);
    }

    Goal goalToChange(Session session, GoalId goalId) {
        access.requireRole(session, Work.COACH);
        var plan = allowed(session, lockedPlanOf(Goal.PLAN_OF, goalId.value(), GOAL), Work.COACH, GOAL);
        return plan.goal(goalId.value()).orElseThrow(() -> NotFound.of(GOAL));
    }

    Task taskToChange(Session session, TaskId taskId) {
        access.requireRole(session, Work.COACH);
        var plan = allowed(session, lockedPlanOf(Task.PLAN_OF, taskId.value(), TASK), Work.COACH, TASK);
        return taskIn(plan, taskId);
    }

    /** The plan for a coach of its course or its own participant to read. */
    Plan planToRead(Session session, PlanId planId) {
        return allowed(session, find(session, Work.READ, Plan.class, planId.value(), PLAN), Work.READ, PLAN);
    }

    /** A task (or its photo) for a coach of its course or its own participant to look at. */
    Task taskToRead(Session session, TaskId taskId) {
        var task = find(session, Work.READ, Task.class, taskId.value(), TASK);
        allowed(session, task.goal().plan(), Work.READ, TASK);
        return task;
    }

    /** A task of the participant's own plan, to tick off, undo, or add a note or photo to; the plan locked. */
    Task ownTask(Session session, TaskId taskId) {
        access.requireRole(session, Work.OWN);
        var plan = allowed(session, lockedPlanOf(Task.PLAN_OF, taskId.value(), TASK), Work.OWN, TASK);
        return taskIn(plan, taskId);
    }

    private Plan allowed(Session session, Plan plan, Work work, Text what) {
        access.require(session, ownerOf(plan), work, what);
        return plan;
    }

    static Owner ownerOf(Plan plan) {
        return new Owner(CourseId.of(plan.courseId()), UserId.of(plan.participantId()));
    }

    private Plan lockedPlan(PlanId planId, Text what) {
        return data.findForChange(Plan.class, planId.value()).orElseThrow(() -> NotFound.of(what));
    }

    /** The plan a goal or task belongs to, locked; found by its id first, read without loading the plan. */
    private Plan lockedPlanOf(String query, String id, Text what) {
        return planIdOf(query, id).map(planId -> lockedPlan(planId, what)).orElseThrow(() -> NotFound.of(what));
    }

    /** The id of the plan a goal or task belongs to (empty when there is none), read without loading it. */
    private Optional<PlanId> planIdOf(String query, String id) {
        if (id.length() > 36) {
            return Optional.empty();
        }
        return data.em().createNamedQuery(query, String.class).setParameter("id", id).getResultStream().findFirst()
                .map(PlanId::of);
    }

    private static Task taskIn(Plan plan, TaskId taskId) {
        return plan.tasks().stream().filter(t -> t.id().equals(taskId.value())).findFirst()
                .orElseThrow(() -> NotFound.of(TASK));
    }

    /** The role is checked before the lookup, so a 403 never depends on whether the id exists. */
    private <T> T find(Session session, Work work, Class<T> type, String id, Text what) {
        access.requireRole(session, work);
        return Optional.of(id).filter(s -> s.length() <= 36).map(s -> data.em().find(type, s))
                .orElseThrow(() -> NotFound.of(what));
    }
}
