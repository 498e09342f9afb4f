package nl.groeipad.observation.entity;

import static nl.groeipad.observation.entity.Entries.notSeen;
import static nl.groeipad.observation.entity.Entries.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concluding is allowed when ≥ 2 situations have scores, the period has passed, every indicator is scored or "niet gezien". */
class ConclusionRuleTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 23);
    private static final List<String> INDICATORS = List.of("i1", "i2");

    @Test
    void holdsWithTwoSituationsThePeriodPassedAndEveryIndicatorCovered() {
        var verdict = ConclusionRule.evaluate(INDICATORS,
                List.of(score("i1", "s1", 4), score("i1", "s2", 3), notSeen("i2", "s1")), END, END);
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.missing()).isEmpty();
    }

    @Test
    void oneSituationWithScoresIsNotEnough_notSeenDoesNotCountAsAScoreForASituation() {
        var verdict = ConclusionRule.evaluate(INDICATORS,
                List.of(score("i1", "s1", 4), score("i2", "s1", 4), notSeen("i1", "s2")), END.plusDays(1), END);
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.situationsWithScores()).isEqualTo(1);
        assertThat(verdict.missing()).singleElement().satisfies(t -> assertThat(t.nl()).contains("1 van de minstens 2"));
    }

    @Test
    void beforeTheEndOfThePeriodItIsEarly() {
        var verdict = ConclusionRule.evaluate(INDICATORS,
                List.of(score("i1", "s1", 4), score("i2", "s2", 4)), END.minusDays(1), END);
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.early()).isTrue();
        assertThat(verdict.complete()).isTrue();
    }

    @Test
    void anIndicatorWithoutScoreOrNotSeenMakesItIncomplete() {
        var verdict = ConclusionRule.evaluate(INDICATORS, List.of(score("i1", "s1", 4), score("i1", "s2", 4)), END, END);
        assertThat(verdict.complete()).isFalse();
        assertThat(verdict.openIndicators()).containsExactly("i2");
        assertThat(verdict.missing()).singleElement().satisfies(t -> assertThat(t.en()).contains("1 behaviour"));
    }
}
