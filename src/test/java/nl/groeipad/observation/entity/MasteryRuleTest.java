package nl.groeipad.observation.entity;

import static nl.groeipad.observation.entity.Entries.notSeen;
import static nl.groeipad.observation.entity.Entries.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.groeipad.competency.entity.Level;
import org.junit.jupiter.api.Test;

/** A level is reached when every indicator of the competency is scored ≥ 4 in at least two situations. */
class MasteryRuleTest {

    private static final List<String> INDICATORS = List.of("i1", "i2");

    @Test
    void reachedWhenEveryIndicatorScoredFourOrMoreInTwoSituations() {
        var result = MasteryRule.result("k", "Samenwerken", Level.B, INDICATORS, List.of(
                score("i1", "s1", 4), score("i1", "s2", 5), score("i2", "s1", 4), score("i2", "s3", 4)));
        assertThat(result.reached()).isTrue();
        assertThat(result.indicatorsReached()).isEqualTo(2);
        assertThat(result.level()).isEqualTo(Level.B);
    }

    @Test
    void aThreeInOneSituationIsNotEnough() {
        var result = MasteryRule.result("k", "Samenwerken", Level.A, INDICATORS, List.of(
                score("i1", "s1", 4), score("i1", "s2", 4), score("i2", "s1", 4), score("i2", "s2", 3)));
        assertThat(result.reached()).isFalse();
        assertThat(result.indicatorsReached()).isEqualTo(1);
        assertThat(result.comment()).contains("1 van de 2");
    }

    @Test
    void twoScoresInTheSameSituationCountOnce() {
        var result = MasteryRule.result("k", "T", Level.A, List.of("i1"), List.of(
                score("i1", "s1", 5), Entries.by(Entries.SECOND, "i1", "s1", 5)));
        assertThat(result.reached()).isFalse();
    }

    @Test
    void notSeenIsNoScore() {
        var result = MasteryRule.result("k", "T", Level.A, List.of("i1"), List.of(score("i1", "s1", 5), notSeen("i1", "s2")));
        assertThat(result.reached()).isFalse();
    }

    @Test
    void aCompetencyWithoutIndicatorsIsNeverReached() {
        assertThat(MasteryRule.result("k", "T", Level.A, List.of(), List.of()).reached()).isFalse();
    }
}
