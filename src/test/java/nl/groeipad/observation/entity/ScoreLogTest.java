package nl.groeipad.observation.entity;

import static nl.groeipad.observation.entity.Entries.correction;
import static nl.groeipad.observation.entity.Entries.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/** Scores are append-only: a correction is a new entry with who, when and why, and history is never lost. */
class ScoreLogTest {

    @Test
    void theCurrentScoreIsTheEntryNoOtherEntryCorrects_andTheOldOneStaysInTheLog() {
        var first = score("i1", "s1", 2);
        var fix = correction(first, 4, "Verkeerd getikt");
        var other = score("i2", "s1", 3);
        var log = List.of(first, fix, other);

        assertThat(ScoreLog.current(log)).containsExactly(fix, other);
        assertThat(log).contains(first); // history is never lost
        assertThat(fix.reason()).isEqualTo("Verkeerd getikt");
        assertThat(fix.correctsId()).isEqualTo(first.id());
    }

    @Test
    void aFirstEntryNeedsNoReason() {
        assertThat(ScoreLog.checkAppend(Optional.empty(), null, null)).isNull();
    }

    @Test
    void aCellWithAScoreIsNotSilentlyOverwritten_aNewEntryMustCorrectIt() {
        var stored = score("i1", "s1", 3);
        assertThatThrownBy(() -> ScoreLog.checkAppend(Optional.of(stored), null, null))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.type()).isEqualTo("score-exists");
                    assertThat(c.text().nl()).contains("3");
                });
    }

    @Test
    void aCorrectionNeedsAReason() {
        var stored = score("i1", "s1", 3);
        assertThatThrownBy(() -> ScoreLog.checkAppend(Optional.of(stored), stored.id(), "  "))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(ScoreLog.checkAppend(Optional.of(stored), stored.id(), " Beter gekeken ")).isEqualTo("Beter gekeken");
    }

    @Test
    void correctingAnEntrySomeoneAlreadyCorrectedIsRefusedNamingWhatIsStoredNow() {
        var first = score("i1", "s1", 3);
        var newer = correction(first, 5, "Nog eens gekeken");
        assertThatThrownBy(() -> ScoreLog.checkAppend(Optional.of(newer), first.id(), "Ik zag een 2"))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.type()).isEqualTo("score-changed");
                    assertThat(c.text().nl()).contains("nu staat er 5");
                });
    }

    @Test
    void notSeenIsAnEntryOfItsOwn_neverALowScore() {
        var notSeen = Entries.notSeen("i1", "s1");
        assertThat(notSeen.notSeen()).isTrue();
        assertThat(notSeen.score()).isNull();
    }
}
