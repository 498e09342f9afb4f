package nl.groeipad.plan.entity;

import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.TenantId;

/**
 * A CDI event: the participant ticked a task off or took the tick back, so the plan's progress changed. Fired by
 * {@code plan.control.TaskBoard} inside that transaction, after the change; an observer with {@code @Observes} writes
 * in the same transaction (nothing is sent for a change that rolls back) and must not throw.
 *
 * @param tenant            the organisation
 * @param courseId          the course of the plan
 * @param participantUserId whose plan it is
 * @param planId            the plan
 * @param tasksDone         tasks done now
 * @param tasksTotal        all tasks of the plan (at least 1)
 * @param changedAt         when
 */
@Published
public record PlanProgressChanged(TenantId tenant, String courseId, String participantUserId, PlanId planId, int tasksDone,
                                  int tasksTotal, Instant changedAt) {

    public PlanProgressChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(participantUserId, "participantUserId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(changedAt, "changedAt");
        if (tasksTotal < 1 || tasksDone < 0 || tasksDone > tasksTotal) {
            throw new IllegalArgumentException("tasks done " + tasksDone + " of " + tasksTotal);
        }
    }
}
