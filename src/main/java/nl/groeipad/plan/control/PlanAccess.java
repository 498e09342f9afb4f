package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.groeipad.plan.entity.Goal;
import nl.groeipad.plan.entity.Plan;
import nl.groeipad.plan.entity.Task;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Problems.Forbidden;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;

/**
 * Who may see and do what with a plan, in one place:
 * <ul>
 * <li>a coach (or admin) works on the plans of their own course — the course of their session;</li>
 * <li>a participant sees their own plan (of the course they launched from) and works on its tasks;</li>
 * <li>nobody else learns that a plan, goal or task exists: 404, as for an unknown id. A participant who
 * tries a coach's action on their own plan gets 403.</li>
 * </ul>
 * Tenants never meet: every lookup goes through {@link TenantData}. Callers run in a transaction. Every
 * method that hands out something to change locks its plan first (see {@link #planToChange}).
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    TenantData data;

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
    Plan planToChange(Session session, String planId) {
        return forCoach(session, lockedPlan(planId, "plan"), "plan");
    }

    Goal goalToChange(Session session, String goalId) {
        var plan = forCoach(session, lockedPlan(planIdOf(Goal.PLAN_OF, goalId), "goal"), "goal");
        return plan.goal(goalId).orElseThrow(() -> NotFound.of("goal"));
    }

    Task taskToChange(Session session, String taskId) {
        var plan = forCoach(session, lockedPlan(planIdOf(Task.PLAN_OF, taskId), "task"), "task");
        return taskIn(plan, taskId);
    }

    /** The plan for a coach of its course or its own participant to read. */
    Plan planToRead(Session session, String planId) {
        var plan = find(Plan.class, planId, "plan");
        if (isCoachOf(session, plan) || isOwnerOf(session, plan)) {
            return plan;
        }
        throw NotFound.of("plan");
    }

    /** A task (or its photo) for a coach of its course or its own participant to look at. */
    Task taskToRead(Session session, String taskId) {
        var task = find(Task.class, taskId, "task");
        var plan = task.goal().plan();
        if (isCoachOf(session, plan) || isOwnerOf(session, plan)) {
            return task;
        }
        throw NotFound.of("task");
    }

    /** A task of the participant's own plan, to tick off, undo, or add a note or photo to; the plan locked. */
    Task ownTask(Session session, String taskId) {
        var plan = lockedPlan(planIdOf(Task.PLAN_OF, taskId), "task");
        if (isOwnerOf(session, plan)) {
            return taskIn(plan, taskId);
        }
        if (isCoachOf(session, plan)) {
            throw new Forbidden(new nl.groeipad.platform.entity.Text(
                    "Alleen de deelnemer zelf vinkt taken af en schrijft er iets bij.",
                    "Only the participant ticks off tasks and writes about them."));
        }
        throw NotFound.of("task");
    }

    private Plan forCoach(Session session, Plan plan, String what) {
        if (isCoachOf(session, plan)) {
            return plan;
        }
        if (isOwnerOf(session, plan)) {
            throw Forbidden.forRole();
        }
        throw NotFound.of(what);
    }

    static boolean isCoachOf(Session session, Plan plan) {
        return session.role().atLeastCoach() && session.inCourse(plan.courseId());
    }

    static boolean isOwnerOf(Session session, Plan plan) {
        return plan.belongsTo(session.userId()) && session.inCourse(plan.courseId());
    }

    private Plan lockedPlan(String planId, String what) {
        return data.findForChange(Plan.class, planId).orElseThrow(() -> NotFound.of(what));
    }

    /** The id of the plan a goal or task belongs to (null when there is none), read without loading it. */
    private String planIdOf(String query, String id) {
        if (id == null || id.length() > 36) {
            return null;
        }
        return data.em().createNamedQuery(query, String.class).setParameter("id", id).getResultStream().findFirst()
                .orElse(null);
    }

    private static Task taskIn(Plan plan, String taskId) {
        return plan.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> NotFound.of("task"));
    }

    private <T> T find(Class<T> type, String id, String what) {
        return Optional.ofNullable(id).filter(s -> s.length() <= 36).map(s -> data.em().find(type, s))
                .orElseThrow(() -> NotFound.of(what));
    }
}
