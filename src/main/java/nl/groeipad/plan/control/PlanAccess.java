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
 * Tenants never meet: every lookup goes through {@link TenantData}. Callers run in a transaction.
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

    /** The plan for a coach to change. */
    Plan planToChange(Session session, String planId) {
        return forCoach(session, find(Plan.class, planId, "plan"), "plan");
    }

    Goal goalToChange(Session session, String goalId) {
        var goal = find(Goal.class, goalId, "goal");
        forCoach(session, goal.plan(), "goal");
        return goal;
    }

    Task taskToChange(Session session, String taskId) {
        var task = find(Task.class, taskId, "task");
        forCoach(session, task.goal().plan(), "task");
        return task;
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

    /** A task of the participant's own plan, to tick off, undo, or add a note or photo to. */
    Task ownTask(Session session, String taskId) {
        var task = find(Task.class, taskId, "task");
        var plan = task.goal().plan();
        if (isOwnerOf(session, plan)) {
            return task;
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

    private <T> T find(Class<T> type, String id, String what) {
        return Optional.ofNullable(id).filter(s -> s.length() <= 36).map(s -> data.em().find(type, s))
                .orElseThrow(() -> NotFound.of(what));
    }
}
