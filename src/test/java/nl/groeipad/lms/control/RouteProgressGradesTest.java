package nl.groeipad.lms.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.groeipad.lms.entity.ActivityProgress;
import nl.groeipad.lms.entity.GradingProgress;
import nl.groeipad.lti.entity.DeepLinkChoice;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.route.entity.RouteProgressChanged;
import org.junit.jupiter.api.Test;

/**
 * Route progress becomes one score on the route's column — the line item deep linking places for a route activity
 * (resourceId groeipad-route-&lt;template id&gt;, tag groeipad-route): steps done out of all steps, completed when all are done.
 */
class RouteProgressGradesTest {

    private static RouteProgressChanged progress(int done, int total) {
        return new RouteProgressChanged(TenantId.of("11111111-1111-1111-1111-111111111111"), "course", "user", "personal-route",
                "template-1", "Starten in het groen", done, total, Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void stepsDoneOfAllStepsGoToTheColumnDeepLinkingPlacesForTheRoute() {
        var column = RouteProgressGrades.column(progress(2, 5));
        var placed = new DeepLinkChoice.Route("template-1", "Starten in het groen", "").lineItem().orElseThrow();
        assertThat(column.resourceId()).isEqualTo(placed.resourceId()).isEqualTo("groeipad-route-template-1");
        assertThat(column.tag()).isEqualTo(placed.tag());
        assertThat(column.label()).isEqualTo("Starten in het groen");

        var score = RouteProgressGrades.score(progress(2, 5));
        assertThat(score.given()).isEqualByComparingTo("2");
        assertThat(score.maximum()).isEqualByComparingTo("5");
        assertThat(score.activity()).isEqualTo(ActivityProgress.InProgress);
        assertThat(score.grading()).isEqualTo(GradingProgress.FullyGraded);
        assertThat(score.comment()).isEqualTo("2 van de 5 stappen van de route gedaan / 2 of 5 route steps done");
    }

    @Test
    void allStepsDoneIsCompleted() {
        assertThat(RouteProgressGrades.score(progress(3, 3)).activity()).isEqualTo(ActivityProgress.Completed);
        assertThat(RouteProgressGrades.score(progress(0, 3)).given()).isEqualByComparingTo("0");
    }
}
