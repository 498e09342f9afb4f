package nl.groeipad.lms.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.observation.entity.CompetencyResult;
import nl.groeipad.observation.entity.ObservationConcluded;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/** A concluded observation becomes one score per competency, on Groeipad's own line item of that competency. */
class ObservationGradesTest {

    @Test
    void eachCompetencyObservedIsAScoreOnItsOwnLineItem() {
        var concluded = new ObservationConcluded(TenantId.of("11111111-1111-1111-1111-111111111111"), "course", "user", "obs",
                List.of(new CompetencyResult("k-1", "Hulp vragen", Level.B, true, 4, 4, "Je vraagt op tijd om hulp."),
                        new CompetencyResult("k-2", "Samenwerken", Level.A, false, 1, 3, null),
                        new CompetencyResult("k-3", "Leeg", Level.A, false, 0, 0, null)),
                Instant.parse("2026-12-06T10:00:00Z"));

        var grades = ObservationGrades.gradesOf(concluded);

        assertThat(grades).hasSize(2);
        var first = grades.getFirst();
        assertThat(first.target().resourceId()).isEqualTo("groeipad-competency-k-1");
        assertThat(first.target().tag()).isEqualTo("groeipad-competency");
        assertThat(first.target().label()).isEqualTo("Groeipad: Hulp vragen");
        assertThat(first.score().given()).isEqualByComparingTo("4");
        assertThat(first.score().maximum()).isEqualByComparingTo("4");
        assertThat(first.score().comment()).isEqualTo("niveau B bereikt. Je vraagt op tijd om hulp.");
        var second = grades.get(1);
        assertThat(second.score().given()).isEqualByComparingTo("1");
        assertThat(second.score().maximum()).isEqualByComparingTo("3");
        assertThat(second.score().comment()).isEqualTo("niveau A nog niet bereikt");
    }
}
