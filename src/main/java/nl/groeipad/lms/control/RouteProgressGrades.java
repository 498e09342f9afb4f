package nl.groeipad.lms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lms.entity.ActivityProgress;
import nl.groeipad.lms.entity.GradingProgress;
import nl.groeipad.lms.entity.LineItemRef;
import nl.groeipad.lms.entity.Score;
import nl.groeipad.people.control.People;
import nl.groeipad.route.entity.RouteProgressChanged;

/**
 * A participant's route progress goes to the route's gradebook column when it changes: "steps done of all steps" (a
 * step is done when the coach marked the goal made from it achieved) on the line item deep linking makes for a route
 * activity (docs/deep-linking.md: resourceId {@code groeipad-route-<route id>}, tag {@code groeipad-route}, the route's
 * title as label; the route id is the template's, so every participant on that route scores in one column), found
 * there or created once through the line-items endpoint. Written to the outbox of the same transaction and coalesced
 * like the plan's progress ({@link Gradebook#postLatest}); only for a course whose LMS offers a line-items endpoint. A
 * failure here is logged and never undoes the change.
 */
@ApplicationScoped
public class RouteProgressGrades {

    private static final Logger LOG = Logger.getLogger(RouteProgressGrades.class.getName());
    /** As {@code lti.entity.DeepLinkChoice.Route}: the column a teacher placed for the route is the one scored. */
    static final String TAG = "groeipad-route";
    static final String RESOURCE_PREFIX = "groeipad-route-";

    @Inject
    Gradebook gradebook;

    @Inject
    ServiceLinks links;

    @Inject
    People people;

    void onProgress(@Observes RouteProgressChanged changed) {
        try {
            // Asked first, so that postLatest() has nothing to refuse (a refusal would mark the change's transaction).
            if (!links.offersOwnLineItems(changed.courseId()) || people.subjectOf(changed.participantUserId()).isEmpty()) {
                return;
            }
            gradebook.postLatest(changed.courseId(), changed.participantUserId(), column(changed), score(changed));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The progress of route " + changed.routeId() + " could not be put in the outbox for the LMS", e);
        }
    }

    /** The route's column: found again by resourceId and tag, created with the route's title when missing. */
    static LineItemRef column(RouteProgressChanged changed) {
        var title = changed.title().isBlank() ? "Route" : changed.title();
        return LineItemRef.own(RESOURCE_PREFIX + changed.columnRouteId(), TAG, title.length() > 255 ? title.substring(0, 255) : title);
    }

    /** Steps done out of all steps of the route, completed when all are done. */
    static Score score(RouteProgressChanged changed) {
        var done = changed.stepsDone();
        var total = changed.stepsTotal();
        return new Score(BigDecimal.valueOf(done), BigDecimal.valueOf(total),
                done == total ? ActivityProgress.Completed : ActivityProgress.InProgress, GradingProgress.FullyGraded,
                done + " van de " + total + " stappen van de route gedaan / " + done + " of " + total + " route steps done");
    }
}
