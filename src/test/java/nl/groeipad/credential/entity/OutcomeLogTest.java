package nl.groeipad.credential.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.groeipad.credential.entity.CompletionOutcome.Result;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/** The outcome of a completion moment is recorded once; it is corrected only by a new entry with a reason. */
class OutcomeLogTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theFirstOutcomeIsRecordedPlain() {
        var entry = OutcomeLog.append(List.of(), "passed", "Goed gedaan", null, null, "coach", "Carla", NOW);
        assertThat(entry.outcome()).isEqualTo(Result.PASSED);
        assertThat(entry.correctsId()).isNull();
        assertThat(OutcomeLog.current(List.of(entry))).contains(entry);
    }

    @Test
    void aSecondPlainOutcomeIsRefused() {
        var first = OutcomeLog.append(List.of(), "not-yet", null, null, null, "coach", "Carla", NOW);
        assertThatThrownBy(() -> OutcomeLog.append(List.of(first), "passed", null, null, null, "coach2", "Piet", NOW))
                .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("type", "outcome-exists");
    }

    @Test
    void aCorrectionIsANewEntryNamingTheCurrentOneWithAReason() {
        var log = new ArrayList<OutcomeLog.Entry>();
        var first = OutcomeLog.append(log, "not-yet", null, null, null, "coach", "Carla", NOW);
        log.add(first);
        var correction = OutcomeLog.append(log, "passed", null, first.id(), "Verkeerd aangeklikt", "coach", "Carla",
                NOW.plusSeconds(60));
        log.add(correction);
        assertThat(correction.correctsId()).isEqualTo(first.id());
        assertThat(correction.reason()).isEqualTo("Verkeerd aangeklikt");
        assertThat(OutcomeLog.current(log)).contains(correction);
        assertThat(log).hasSize(2).first().isEqualTo(first);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedNamingTheField() {
        var first = OutcomeLog.append(List.of(), "not-yet", null, null, null, "coach", "Carla", NOW);
        assertThatThrownBy(() -> OutcomeLog.append(List.of(first), "passed", null, first.id(), " ", "coach", "Carla", NOW))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "reason");
    }

    @Test
    void aCorrectionOfAnEntryThatIsNoLongerCurrentIsRefused() {
        var log = new ArrayList<OutcomeLog.Entry>();
        var first = OutcomeLog.append(log, "not-yet", null, null, null, "coach", "Carla", NOW);
        log.add(first);
        log.add(OutcomeLog.append(log, "passed", null, first.id(), "Toch gehaald", "coach2", "Piet", NOW));
        assertThatThrownBy(() -> OutcomeLog.append(log, "not-yet", null, first.id(), "Ik zag het anders", "coach",
                "Carla", NOW)).isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("type", "outcome-changed");
    }

    @Test
    void anUnknownOutcomeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> OutcomeLog.append(List.of(), "maybe", null, null, null, "coach", "Carla", NOW))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "outcome");
    }

    @Test
    void anAssessmentMomentNamesItsAssessor() {
        var plan = new CompletionMoment.Plan("course", "participant", CompletionMoment.SubjectKind.ROUTE, "route",
                "Magazijn", CompletionMoment.Kind.ASSESSMENT, LocalDate.of(2026, 12, 10), " ", null, "coach");
        assertThatThrownBy(() -> new CompletionMoment(plan, LocalDate.of(2026, 12, 6), NOW))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "assessor");
    }
}
