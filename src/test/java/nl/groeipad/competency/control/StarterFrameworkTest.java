package nl.groeipad.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.groeipad.competency.entity.FrameworkStatus;
import nl.groeipad.competency.entity.Level;
import org.junit.jupiter.api.Test;

class StarterFrameworkTest {

    @Test
    void theStarterFrameworkIsPublishedVersionOneWithEightCompetenciesOfTheMboEntreeEmployeeSkills() {
        var demo = StarterFramework.publishedVersion(Instant.parse("2026-11-30T09:00:00Z"));

        assertThat(demo.title()).isEqualTo("Werknemersvaardigheden (WPO-stijl)");
        assertThat(demo.status()).isEqualTo(FrameworkStatus.PUBLISHED);
        assertThat(demo.version()).isEqualTo(1);
        assertThat(demo.key()).isEqualTo(StarterFramework.key());
        assertThat(demo.scale().labels()).containsExactly("Nog niet", "Met veel hulp", "Met een beetje hulp",
                "Zelfstandig", "Kan het een ander leren");
        assertThat(demo.competencies()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(demo.competencies()).allSatisfy(c -> {
            assertThat(c.groupKey()).isNotNull();
            assertThat(c.indicators()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(c.indicators()).allSatisfy(i -> {
                for (var level : Level.values()) {
                    assertThat(i.at(level)).as(i.code() + " " + level).isNotBlank();
                }
                assertThat(i.at(Level.A)).isNotEqualTo(i.at(Level.B)).isNotEqualTo(i.at(Level.C));
            });
        });
    }

    @Test
    void theDemoKeysAreTheSameEveryTime() {
        var now = Instant.now();
        var one = StarterFramework.publishedVersion(now);
        var two = StarterFramework.publishedVersion(now);

        assertThat(two.competencies()).extracting(c -> c.key())
                .containsExactlyElementsOf(one.competencies().stream().map(c -> c.key()).toList());
        assertThat(two.id()).isNotEqualTo(one.id());
    }
}
