package nl.groeipad.lms.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.lti.entity.DeepLinkChoice;
import nl.groeipad.observation.entity.CompetencyResult;
import nl.groeipad.observation.entity.ObservationConcluded;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * A concluded observation becomes one score per competency, on the observation line item deep linking creates for that
 * competency (resourceId groeipad-competency-&lt;key&gt;, tag groeipad-competency — exactly what deep linking puts on the
 * activity a teacher places): the level reached, A = 1, B = 2, C = 3.
 */
class ObservationGradesTest {

    @Test
    void eachCompetencyObservedIsAScoreOnItsOwnLineItem() {
        var concluded = new ObservationConcluded(TenantId.of("11111111-1111-1111-1111-111111111111"), "course", "user", "obs",
                List.of(new CompetencyResult("k-1", "Hulp vragen", Level.B, true, 4, 4, "Je vraagt op tijd om hulp."),
                        new CompetencyResult("k-2", "Samenwerken", Level.A, false, 1, 3, null),
                        new CompetencyResult("k-3", "Vakmanschap", Level.C, true, 2, 2, null)),
                Instant.parse("2026-12-06T10:00:00Z"));

        var grades = ObservationGrades.gradesOf(concluded);

        assertThat(grades).hasSize(3);
        var first = grades.getFirst();
        assertThat(first.target().resourceId()).isEqualTo("groeipad-competency-k-1");
        assertThat(first.target().tag()).isEqualTo("groeipad-competency");
        var placed = new DeepLinkChoice.Observation("k-1", "Observatie: Hulp vragen", "").lineItem().orElseThrow();
        assertThat(first.target().resourceId()).as("the column deep linking places").isEqualTo(placed.resourceId());
        assertThat(first.target().tag()).isEqualTo(placed.tag());
        assertThat(first.target().label()).isEqualTo("Observatie: Hulp vragen");
        assertThat(first.score().given()).as("B reached").isEqualByComparingTo("2");
        assertThat(first.score().maximum()).isEqualByComparingTo("3");
        assertThat(first.score().comment()).isEqualTo("niveau B bereikt. Je vraagt op tijd om hulp.");
        var second = grades.get(1);
        assertThat(second.score().given()).as("A not reached").isEqualByComparingTo("0");
        assertThat(second.score().comment()).isEqualTo("niveau A nog niet bereikt");
        assertThat(grades.get(2).score().given()).as("C reached").isEqualByComparingTo("3");
    }
}
