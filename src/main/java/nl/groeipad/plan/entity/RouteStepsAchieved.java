package nl.groeipad.plan.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.TenantId;

/**
 * A CDI event: the coach marked a goal made from a route step achieved, reopened it, or removed it while achieved, so
 * the set of route steps whose goal is achieved changed. Fired by {@code plan.control.Plans} inside that transaction,
 * after the change; an observer with {@code @Observes} writes in the same transaction and must not throw.
 *
 * @param tenant             the organisation
 * @param courseId           the course of the plan
 * @param participantUserId  whose plan it is
 * @param planId             the plan
 * @param achievedRouteSteps the route steps (the route feature's step ids) whose goal in this plan is achieved now
 * @param changedAt          when
 */
@Published
public record RouteStepsAchieved(TenantId tenant, String courseId, String participantUserId, PlanId planId,
                                 Set<String> achievedRouteSteps, Instant changedAt) {

    public RouteStepsAchieved {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(participantUserId, "participantUserId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(changedAt, "changedAt");
        achievedRouteSteps = Set.copyOf(achievedRouteSteps);
    }
}
