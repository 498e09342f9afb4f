package nl.groeipad.intake.entity;

import static nl.groeipad.intake.entity.IntakeFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import org.junit.jupiter.api.Test;

class IntakeTest {

    @Test
    void aNewIntakeIsInProgressWithOneQuestionPerIndicatorInOrder() {
        var intake = IntakeFixtures.inProgress(4);

        assertThat(intake.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(intake.questions()).extracting(IntakeQuestion::indicatorId).containsExactly("i1", "i2", "i3", "i4");
        assertThat(intake.questions()).extracting(IntakeQuestion::position).containsExactly(0, 1, 2, 3);
        assertThat(intake.nextQuestion()).contains(0);
        assertThat(intake.answered()).isZero();
    }

    @Test
    void anIntakeWithoutQuestionsIsRefusedNamingTheCompetencies() {
        assertThatThrownBy(() -> new Intake("course-1", "p", "fw", "coach", List.of(), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("competencyKeys"));
    }

    @Test
    void theSameIndicatorIsAskedOnlyOnce() {
        var intake = new Intake("course-1", "p", "fw", "coach",
                List.of(new Intake.QuestionRef("i1", "c1"), new Intake.QuestionRef("i1", "c1")), NOW);

        assertThat(intake.questions()).hasSize(1);
    }

    @Test
    void aPausedIntakeGoesOnAtTheFirstUnansweredQuestion() {
        var intake = IntakeFixtures.inProgress(4);
        intake.answer("i1", SelfAssessment.ALREADY, NOW);
        intake.answer("i3", SelfAssessment.NOT_YET, NOW);

        assertThat(intake.nextQuestion()).contains(1);
        assertThat(intake.answered()).isEqualTo(2);
        assertThat(intake.unanswered()).isEqualTo(2);
    }

    @Test
    void anAnswerCanBeChangedWhileInProgress() {
        var intake = IntakeFixtures.inProgress(2);
        intake.answer("i1", SelfAssessment.NOT_YET, NOW);
        intake.answer("i1", SelfAssessment.A_LITTLE, NOW.plusSeconds(5));

        assertThat(intake.questions().getFirst().answer()).contains(SelfAssessment.A_LITTLE);
        assertThat(intake.questions().getFirst().answeredAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(intake.answered()).isEqualTo(1);
    }

    @Test
    void answeringAnIndicatorThatIsNotAskedIsNotFound() {
        var intake = IntakeFixtures.inProgress(2);

        assertThatThrownBy(() -> intake.answer("elsewhere", SelfAssessment.ALREADY, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void completingNeedsEveryQuestionAnswered() {
        var intake = IntakeFixtures.inProgress(3);
        intake.answer("i1", SelfAssessment.ALREADY, NOW);

        assertThatThrownBy(() -> intake.complete(NOW))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.type()).isEqualTo("intake-unfinished");
                    assertThat(e.text().nl()).contains("2 vragen");
                });
        assertThat(intake.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
    }

    @Test
    void aCompletedIntakeTakesNoMoreAnswers() {
        var intake = IntakeFixtures.allAnswered(2, SelfAssessment.A_LITTLE);
        intake.complete(NOW);

        assertThat(intake.isCompleted()).isTrue();
        assertThat(intake.completedAt()).isEqualTo(NOW);
        assertThat(intake.nextQuestion()).isEmpty();
        assertThatThrownBy(() -> intake.answer("i1", SelfAssessment.ALREADY, NOW))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.type()).isEqualTo("intake-completed"));
        assertThat(intake.questions().getFirst().answer()).contains(SelfAssessment.A_LITTLE);
    }

    @Test
    void completingTwiceChangesNothing() {
        var intake = IntakeFixtures.allAnswered(1, SelfAssessment.ALREADY);
        intake.complete(NOW);
        intake.complete(NOW.plusSeconds(60));

        assertThat(intake.completedAt()).isEqualTo(NOW);
    }

    @Test
    void afterTheCoachReopensItTheParticipantCanChangeAnswersAgain() {
        var intake = IntakeFixtures.allAnswered(2, SelfAssessment.ALREADY);
        intake.complete(NOW);
        intake.reopen(NOW.plusSeconds(10));
        intake.answer("i2", SelfAssessment.NOT_YET, NOW.plusSeconds(20));

        assertThat(intake.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(intake.completedAt()).isNull();
        assertThat(intake.questions().get(1).answer()).contains(SelfAssessment.NOT_YET);
    }

    @Test
    void theCoachSaysWhyTheIntakeIsOpenAgainUntilTheParticipantHandsItInAgain() {
        var intake = IntakeFixtures.allAnswered(2, SelfAssessment.ALREADY);
        intake.complete(NOW);
        intake.reopen(NOW.plusSeconds(10), "  Kijk nog eens naar vraag 2.  ");

        assertThat(intake.reopenReason()).contains("Kijk nog eens naar vraag 2.");
        assertThat(intake.reopenedAt()).contains(NOW.plusSeconds(10));
        intake.complete(NOW.plusSeconds(30));
        assertThat(intake.reopenReason()).isEmpty();
        assertThatThrownBy(() -> intake.reopen(NOW.plusSeconds(40), "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("reason"));
    }

    @Test
    void aHandedInIntakeWaitsForReviewUntilItsSuggestionsAreAcceptedAfterTheLastCompletion() {
        var intake = IntakeFixtures.allAnswered(1, SelfAssessment.NOT_YET);
        assertThat(intake.waitsForReview()).as("in progress").isFalse();
        intake.complete(NOW);
        assertThat(intake.waitsForReview()).isTrue();
        intake.suggestionsAccepted(NOW.plusSeconds(10));
        assertThat(intake.waitsForReview()).isFalse();
        intake.reopen(NOW.plusSeconds(20), null);
        intake.complete(NOW.plusSeconds(30));
        assertThat(intake.waitsForReview()).as("handed in again after the acceptance").isTrue();
    }

    @Test
    void theCoachsObservationIsKeptApartFromTheAnswerAndCanBeRevised() {
        var intake = IntakeFixtures.allAnswered(2, SelfAssessment.ALREADY);
        intake.observe("i1", Score.of(2), "  Vraagt nog niet zelf om hulp. ", "coach-1", NOW);
        intake.observe("i1", Score.of(3), null, "coach-2", NOW.plusSeconds(5));

        assertThat(intake.observations()).hasSize(1);
        var observation = intake.observationOf("i1").orElseThrow();
        assertThat(observation.score()).isEqualTo(Score.of(3));
        assertThat(observation.note()).isNull();
        assertThat(observation.observedBy()).isEqualTo("coach-2");
        assertThat(observation.competencyKey()).isEqualTo("c1");
        assertThat(intake.questions().getFirst().answer()).contains(SelfAssessment.ALREADY);
    }

    @Test
    void theCoachMayObserveACompletedIntakeToo() {
        var intake = IntakeFixtures.allAnswered(1, SelfAssessment.NOT_YET);
        intake.complete(NOW);
        intake.observe("i1", Score.of(1), "Stil bij het startoverleg.", "coach-1", NOW);

        assertThat(intake.observationOf("i1")).get().extracting(IntakeObservation::note).isEqualTo("Stil bij het startoverleg.");
    }

    @Test
    void anObservationNoteHasAtMost500Characters() {
        var intake = IntakeFixtures.inProgress(1);

        intake.observe("i1", Score.of(4), "x".repeat(500), "coach-1", NOW);
        assertThatThrownBy(() -> intake.observe("i1", Score.of(4), "x".repeat(501), "coach-1", NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void observingAnIndicatorThatIsNotAskedIsNotFound() {
        assertThatThrownBy(() -> IntakeFixtures.inProgress(1).observe("i9", Score.of(3), null, "coach-1", NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void answersAreReadFromTheirJsonCodesAndAnythingElseIsRefusedNamingTheField() {
        assertThat(SelfAssessment.parse("answer", "already")).isEqualTo(SelfAssessment.ALREADY);
        assertThat(SelfAssessment.parse("answer", "A_LITTLE")).isEqualTo(SelfAssessment.A_LITTLE);
        assertThat(SelfAssessment.parse("answer", " not-yet ")).isEqualTo(SelfAssessment.NOT_YET);
        assertThatThrownBy(() -> SelfAssessment.parse("answer", "misschien"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("answer"));
    }
}
