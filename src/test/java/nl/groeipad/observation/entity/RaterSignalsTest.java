package nl.groeipad.observation.entity;

import static nl.groeipad.observation.entity.Entries.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.groeipad.observation.entity.RaterSignals.Averages;
import nl.groeipad.observation.entity.RaterSignals.Signal;
import org.junit.jupiter.api.Test;

/** Rater signals warn the coach before concluding, each with one plain sentence; they never block. */
class RaterSignalsTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 23);
    private static final Map<String, String> NAMES = Map.of("s1", "magazijn", "s2", "inpakken lijn 2");

    private static List<String> codes(List<Signal> signals) {
        return signals.stream().map(Signal::code).toList();
    }

    @Test
    void theSameScoreOnEveryIndicatorIsStraightLining() {
        var signals = RaterSignals.of(List.of(score("i1", "s1", 3), score("i2", "s1", 3), score("i1", "s2", 3),
                score("i2", "s2", 3)), NAMES, Averages.NONE, END, END);
        assertThat(codes(signals)).containsExactly("same-everywhere");
        assertThat(signals.getFirst().sentence().nl()).contains("dezelfde score (3)");
    }

    @Test
    void oneSituationCarryingNearlyAllScoresIsNamed() {
        var signals = RaterSignals.of(List.of(score("i1", "s1", 3), score("i2", "s1", 2), score("i3", "s1", 4),
                score("i4", "s1", 3), score("i5", "s2", 2)), NAMES, Averages.NONE, END, END);
        assertThat(codes(signals)).containsExactly("one-situation");
        assertThat(signals.getFirst().sentence().nl()).contains("4 van 5").contains("magazijn");
    }

    @Test
    void allHighComparedWithTheCoachAndTheOrganisation() {
        var scores = List.of(score("i1", "s1", 4), score("i2", "s2", 5), score("i3", "s1", 4));
        var signals = RaterSignals.of(scores, NAMES, new Averages(OptionalDouble.of(3.2), OptionalDouble.of(2.9)), END, END);
        assertThat(codes(signals)).containsExactly("all-high");
        assertThat(signals.getFirst().sentence().nl()).contains("jouw andere observaties 3,2").contains("organisatie 2,9");
    }

    @Test
    void allHighIsNoSignalWhereTheCoachAndTheOrganisationScoreThatHighAnyway() {
        var scores = List.of(score("i1", "s1", 4), score("i2", "s2", 5), score("i3", "s1", 4));
        assertThat(RaterSignals.of(scores, NAMES, new Averages(OptionalDouble.of(4.3), OptionalDouble.of(4.1)), END, END))
                .isEmpty();
    }

    @Test
    void allLowIsSeverity() {
        var scores = List.of(score("i1", "s1", 1), score("i2", "s2", 2), score("i3", "s1", 2));
        assertThat(codes(RaterSignals.of(scores, NAMES, Averages.NONE, END, END))).containsExactly("all-low");
    }

    @Test
    void concludingBeforeTheEndOfThePeriodIsEarly() {
        var signals = RaterSignals.of(List.of(), NAMES, Averages.NONE, END.minusDays(3), END);
        assertThat(codes(signals)).containsExactly("early");
        assertThat(signals.getFirst().sentence().nl()).contains("nog 3 dagen");
    }

    @Test
    void aMixedObservationInThePeriodsEndGivesNoSignal() {
        var scores = List.of(score("i1", "s1", 2), score("i2", "s2", 4), score("i3", "s1", 5), score("i4", "s2", 3));
        assertThat(RaterSignals.of(scores, NAMES, Averages.NONE, END, END)).isEmpty();
    }
}
