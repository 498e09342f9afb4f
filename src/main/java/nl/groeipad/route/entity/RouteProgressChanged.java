package nl.groeipad.route.entity;

import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.TenantId;

/**
 * A CDI event: a participant's route progress changed — of the steps of their active route in a course, the number
 * whose goal (made from the step with "Maak een plan van deze route") the coach marked achieved. Fired by
 * {@code route.control.RouteProgress} inside the transaction of the change; an observer with {@code @Observes} writes
 * in the same transaction and must not throw.
 *
 * @param tenant            the organisation
 * @param courseId          the course
 * @param participantUserId whose route it is
 * @param routeId           the participant's personal route
 * @param columnRouteId     the route the gradebook column is for: the template the personal route was copied from
 *                          (the route a teacher placed as an activity through deep linking), or the route itself
 * @param title             the route's title
 * @param stepsDone         steps whose goal is achieved
 * @param stepsTotal        all steps of the route (at least 1)
 * @param changedAt         when
 */
@Published
public record RouteProgressChanged(TenantId tenant, String courseId, String participantUserId, String routeId,
                                   String columnRouteId, String title, int stepsDone, int stepsTotal, Instant changedAt) {

    public RouteProgressChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(participantUserId, "participantUserId");
        Objects.requireNonNull(routeId, "routeId");
        Objects.requireNonNull(columnRouteId, "columnRouteId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(changedAt, "changedAt");
        if (stepsTotal < 1 || stepsDone < 0 || stepsDone > stepsTotal) {
            throw new IllegalArgumentException("steps done " + stepsDone + " of " + stepsTotal);
        }
    }
}
