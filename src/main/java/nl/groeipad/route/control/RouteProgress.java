package nl.groeipad.route.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.plan.entity.RouteStepsAchieved;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.route.entity.Route;
import nl.groeipad.route.entity.RouteProgressChanged;

/**
 * Route progress: of the steps of a participant's active route in a course, those whose goal (made from the step with
 * "Maak een plan van deze route") the coach marked achieved. When the plan says which route steps' goals are achieved
 * now ({@link RouteStepsAchieved}: a goal marked achieved, reopened, or removed while achieved), this tells the
 * observers (the LMS gradebook) the route's progress, in the same transaction. A route without steps, or a
 * participant without an active route, has no progress to tell. A failure here is logged and never undoes the change.
 */
@ApplicationScoped
public class RouteProgress {

    private static final Logger LOG = Logger.getLogger(RouteProgress.class.getName());

    @Inject
    TenantData data;

    @Inject
    Event<RouteProgressChanged> progress;

    void onAchievements(@Observes RouteStepsAchieved achieved) {
        Route route;
        try {
            route = data.em().createNamedQuery(Route.ACTIVE_OF, Route.class)
                    .setParameter("activeKey", Route.activeKey(achieved.courseId(), achieved.participantUserId()))
                    .getResultStream().findFirst().orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The route progress of plan " + achieved.planId() + " could not be read", e);
            return;
        }
        if (route == null || route.steps().isEmpty()) {
            return;
        }
        progress.fire(new RouteProgressChanged(achieved.tenant(), achieved.courseId(), achieved.participantUserId(),
                route.id(), route.columnRouteId(), route.title(), route.stepsDone(achieved.achievedRouteSteps()),
                route.steps().size(), achieved.changedAt()));
    }
}
