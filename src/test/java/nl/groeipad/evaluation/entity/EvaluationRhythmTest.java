package nl.groeipad.evaluation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class EvaluationRhythmTest {

    private static final LocalDate START = LocalDate.parse("2026-03-02");

    @Test
    void theFirstEvaluationIsDueTheAgreedNumberOfWeeksAfterTheStart() {
        assertThat(EvaluationRhythm.nextDue(START, 4, null)).isEqualTo(LocalDate.parse("2026-03-30"));
    }

    @Test
    void theNextOneFollowsTheDayOfTheLastCompletedOneNotTheDayItWasCompleted() {
        assertThat(EvaluationRhythm.nextDue(START, 4, LocalDate.parse("2026-03-30")))
                .isEqualTo(LocalDate.parse("2026-04-27"));
    }

    @Test
    void aCompletedEvaluationBeforeTheStartDoesNotMoveTheRhythmBack() {
        assertThat(EvaluationRhythm.nextDue(START, 2, LocalDate.parse("2026-01-01"))).isEqualTo(START.plusWeeks(2));
    }

    @Test
    void anEvaluationIsDueFromThreeDaysBeforeItsDayAndStaysDueWhenLate() {
        var due = LocalDate.parse("2026-03-30");
        assertThat(EvaluationRhythm.isDue(due, due.minusDays(4))).isFalse();
        assertThat(EvaluationRhythm.isDue(due, due.minusDays(3))).isTrue();
        assertThat(EvaluationRhythm.isDue(due, due)).isTrue();
        assertThat(EvaluationRhythm.isDue(due, due.plusDays(20))).isTrue();
        assertThat(EvaluationRhythm.isLate(due, due)).isFalse();
        assertThat(EvaluationRhythm.isLate(due, due.plusDays(1))).isTrue();
        assertThat(EvaluationRhythm.isDue(null, due)).isFalse();
    }

    @Test
    void theRhythmIsOneToTwentySixWeeks() {
        assertThat(EvaluationRhythm.checkWeeks(1)).isEqualTo(1);
        assertThat(EvaluationRhythm.checkWeeks(26)).isEqualTo(26);
        for (var wrong : new Integer[] {0, 27, -1, null}) {
            assertThatThrownBy(() -> EvaluationRhythm.checkWeeks(wrong)).isInstanceOf(InvalidField.class)
                    .extracting(e -> ((InvalidField) e).field()).isEqualTo("everyWeeks");
        }
    }

    @Test
    void theParticipantReflectsOnceAndTheCoachsFeedbackNeedsSomeText() {
        var evaluation = new InterimEvaluation("course", "sam", START.plusWeeks(4), Instant.EPOCH);
        evaluation.reflect(Answer.GOOD, Answer.SOMETIMES, Answer.NOT_YET, "  fijn  ", Instant.EPOCH);
        assertThat(evaluation.isReflected()).isTrue();
        assertThat(evaluation.participantNote()).isEqualTo("fijn");
        assertThatThrownBy(() -> evaluation.reflect(Answer.GOOD, Answer.GOOD, Answer.GOOD, null, Instant.EPOCH))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> evaluation.feedback("noor", " ", null, Instant.EPOCH)).isInstanceOf(InvalidField.class);
        assertThat(evaluation.isCompleted()).isFalse();
        var first = evaluation.feedback("noor", "Je bent op tijd.", "Vragen stellen.", Instant.EPOCH);
        assertThat(first.goingWell()).isEqualTo("Je bent op tijd.");
        assertThat(evaluation.isCompleted()).isTrue();
    }

    @Test
    void answersAreReadFromTheirJsonNames() {
        assertThat(Answer.parse("work", "not-yet")).isEqualTo(Answer.NOT_YET);
        assertThatThrownBy(() -> Answer.parse("help", "maybe")).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("help");
    }
}
