package nl.groeipad.observation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/** The observation's own rules: start, situations, who scores, concluding once. */
class ObservationTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static Observation.Start start(List<String> situations, boolean guideConfirmed) {
        return new Observation.Start("course", "participant", "fw", Level.A, null, Entries.LEAD, TODAY, 21,
                List.of(new Observation.Observed("k1", "Samenwerken", List.of("i1", "i2"))), situations, guideConfirmed);
    }

    static Observation observation() {
        return new Observation(start(List.of("magazijn", "inpakken lijn 2"), true), NOW);
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (InvalidField e) {
            return e.field();
        }
        return null;
    }

    @Test
    void startsWithAtLeastTwoSituationsAndTheGuideConfirmed_periodDefaults21Days() {
        var o = observation();
        assertThat(o.situations()).extracting(ObservationSituation::name).containsExactly("magazijn", "inpakken lijn 2");
        assertThat(o.endsOn()).isEqualTo(TODAY.plusDays(21));
        assertThat(field(() -> new Observation(start(List.of("magazijn"), true), NOW))).isEqualTo("situations");
        assertThat(field(() -> new Observation(start(List.of("a", "b"), false), NOW))).isEqualTo("guideConfirmed");
        assertThat(field(() -> new Observation(start(List.of("a", "A"), true), NOW))).isEqualTo("situations");
    }

    @Test
    void moreSituationsCanBeAddedWhileOpen() {
        var o = observation();
        o.addSituation("kantine", "coach", NOW);
        assertThat(o.situations()).hasSize(3);
        assertThat(field(() -> o.addSituation(" ", "coach", NOW))).isEqualTo("name");
    }

    @Test
    void oneOtherCoachBecomesTheSecondObserver_aThirdIsRefused() {
        var o = observation();
        var s1 = o.situations().getFirst().id();
        o.append(List.of(), "i1", s1, Entries.SECOND, 2, null, null, null, NOW);
        assertThat(o.secondObserverId()).isEqualTo(Entries.SECOND);
        assertThatThrownBy(() -> o.append(List.of(), "i1", s1, "coach-third", 2, null, null, null, NOW))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("observers-full"));
    }

    @Test
    void scoresOnlyForItsIndicatorsAndSituations() {
        var o = observation();
        var s1 = o.situations().getFirst().id();
        assertThat(field(() -> o.append(List.of(), "other", s1, Entries.LEAD, 3, null, null, null, NOW)))
                .isEqualTo("indicatorId");
        assertThat(field(() -> o.append(List.of(), "i1", "other", Entries.LEAD, 3, null, null, null, NOW)))
                .isEqualTo("situationId");
    }

    @Test
    void concludingEarlyNeedsAReasonAndStaysMarked_concludingTwiceIsRefused() {
        var o = observation();
        var s = o.situations();
        var log = new ArrayList<ScoreEntry>();
        for (var indicator : List.of("i1", "i2")) {
            for (var situation : s) {
                log.add(o.append(List.of(), indicator, situation.id(), Entries.LEAD, 4, null, null, null, NOW).entry());
            }
        }
        assertThat(field(() -> o.conclude(log, TODAY, true, null, null, null, Entries.LEAD, NOW))).isEqualTo("reason");
        assertThat(field(() -> o.conclude(log, TODAY.plusDays(21), false, null, null, null, Entries.LEAD, NOW)))
                .isEqualTo("guideConfirmed");

        var results = o.conclude(log, TODAY, true, "Deelnemer gaat verhuizen", "Je werkt netjes", null, Entries.LEAD, NOW);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.reached()).isTrue());
        assertThat(o.concludedEarly()).isTrue();
        assertThat(o.concludedIncomplete()).isFalse();
        assertThat(o.conclusionReason()).isEqualTo("Deelnemer gaat verhuizen");
        assertThatThrownBy(() -> o.conclude(log, TODAY, true, "x", null, null, Entries.LEAD, NOW))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("observation-concluded"));
        assertThatThrownBy(() -> o.append(List.of(), "i1", s.getFirst().id(), Entries.LEAD, 3, null, null, null, NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void concludingByTheRuleNeedsNoReason() {
        var o = observation();
        var s = o.situations();
        var log = List.of(
                o.append(List.of(), "i1", s.get(0).id(), Entries.LEAD, 4, null, null, null, NOW).entry(),
                o.append(List.of(), "i2", s.get(1).id(), Entries.LEAD, 3, null, null, null, NOW).entry());
        var results = o.conclude(log, TODAY.plusDays(21), true, null, null, null, Entries.LEAD, NOW);
        assertThat(o.concludedEarly()).isFalse();
        assertThat(o.concludedIncomplete()).isFalse();
        assertThat(results.getFirst().reached()).isFalse();
    }
}
