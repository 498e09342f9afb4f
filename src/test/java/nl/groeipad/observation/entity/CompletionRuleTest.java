package nl.groeipad.observation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import org.junit.jupiter.api.Test;

/**
 * Ready for completion when every target (competency, level) was reached in a concluded observation at that level or
 * higher, or with a test or practical exam from elsewhere at that level or higher; an incomplete conclusion does not
 * count; a training from elsewhere is shown, not counted. The participant reads the same in plain words.
 */
class CompletionRuleTest {

    private static final MasteryTarget SAMENWERKEN_B = new MasteryTarget("samenwerken", "Samenwerken", Level.B);
    private static final MasteryTarget OP_TIJD_A = new MasteryTarget("op-tijd", "Op tijd komen", Level.A);
    private static final Instant DAY = Instant.parse("2026-11-20T10:00:00Z");

    private static CompletionRule.Concluded concluded(String key, Level level, boolean reached) {
        return new CompletionRule.Concluded(key, level, reached, false, false, DAY);
    }

    @Test
    void readyWhenEveryTargetWasReachedInAConcludedObservation() {
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B, OP_TIJD_A), List.of(
                concluded("samenwerken", Level.B, true), concluded("op-tijd", Level.A, true)), List.of());
        assertThat(checks).allMatch(TargetCheck::met);
        assertThat(CompletionRule.ready(checks)).isTrue();
        assertThat(checks.getFirst().evidence()).extracting(t -> t.nl())
                .containsExactly("Niveau B gehaald in de observatie van 2026-11-20.");
    }

    @Test
    void aHigherLevelReachedMeetsALowerTarget() {
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(concluded("samenwerken", Level.C, true)), List.of());
        assertThat(CompletionRule.ready(checks)).isTrue();
    }

    @Test
    void aLowerLevelReachedDoesNotMeetAHigherTarget() {
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(concluded("samenwerken", Level.A, true)), List.of());
        assertThat(CompletionRule.ready(checks)).isFalse();
        assertThat(checks.getFirst().state()).isEqualTo("not-observed");
        assertThat(checks.getFirst().missing().nl())
                .isEqualTo("Nog geen afgeronde observatie, toets of praktijkexamen van Samenwerken op niveau B.");
        assertThat(checks.getFirst().forParticipant().nl()).isEqualTo("Oefen nog even door. Je begeleider heeft nog "
                + "niet gezien dat je \u2018Samenwerken\u2019 kunt op niveau B. Dat kan op je werk, of met een toets of "
                + "praktijkexamen.");
    }

    @Test
    void observedButNotReachedSaysTheLevelWasNotReachedYet() {
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B, OP_TIJD_A), List.of(
                concluded("samenwerken", Level.B, false), concluded("op-tijd", Level.A, true)), List.of());
        assertThat(CompletionRule.ready(checks)).isFalse();
        assertThat(checks.getFirst().state()).isEqualTo("not-reached");
        assertThat(checks.getFirst().missing().nl()).isEqualTo("Niveau B nog niet gehaald bij Samenwerken.");
        assertThat(checks.get(1).met()).isTrue();
        assertThat(checks.get(1).missing()).isNull();
    }

    @Test
    void anIncompleteConclusionDoesNotCount() {
        var incomplete = new CompletionRule.Concluded("samenwerken", Level.B, true, false, true, DAY);
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(incomplete), List.of());
        assertThat(CompletionRule.ready(checks)).isFalse();
        assertThat(checks.getFirst().state()).isEqualTo("incomplete-only");
        assertThat(checks.getFirst().missing().nl()).contains("onvolledig");
    }

    @Test
    void anEarlyConclusionWithAReasonCountsAndIsNamed() {
        var early = new CompletionRule.Concluded("samenwerken", Level.B, true, true, false, DAY);
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(early), List.of());
        assertThat(CompletionRule.ready(checks)).isTrue();
        assertThat(checks.getFirst().evidence().getFirst().nl()).contains("eerder afgerond");
    }

    @Test
    void aPracticalExamAtTheLevelMeetsTheTarget() {
        var exam = new CompletionRule.Offline("samenwerken", Level.B, OfflineKind.PRACTICAL_EXAM, LocalDate.of(2026, 10, 1));
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(), List.of(exam));
        assertThat(CompletionRule.ready(checks)).isTrue();
        assertThat(checks.getFirst().state()).isEqualTo("met");
        assertThat(checks.getFirst().evidence()).extracting(t -> t.nl())
                .containsExactly("Niveau B gehaald met het praktijkexamen van 2026-10-01.");
        assertThat(checks.getFirst().forParticipant().nl()).isEqualTo("Gehaald: je hebt niveau B van \u2018Samenwerken\u2019.");
    }

    @Test
    void aTestAtAHigherLevelMeetsALowerTargetEvenAfterAnObservationThatDidNotReachIt() {
        var test = new CompletionRule.Offline("samenwerken", Level.C, OfflineKind.TEST, LocalDate.of(2026, 11, 2));
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B),
                List.of(concluded("samenwerken", Level.B, false)), List.of(test));
        assertThat(CompletionRule.ready(checks)).isTrue();
        assertThat(checks.getFirst().evidence()).extracting(t -> t.nl())
                .containsExactly("Niveau C gehaald met de toets van 2026-11-02.");
    }

    @Test
    void aTestAtALowerLevelDoesNotMeetAHigherTarget() {
        var test = new CompletionRule.Offline("samenwerken", Level.A, OfflineKind.TEST, LocalDate.of(2026, 11, 2));
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(), List.of(test));
        assertThat(CompletionRule.ready(checks)).isFalse();
        assertThat(checks.getFirst().state()).isEqualTo("not-observed");
    }

    @Test
    void aTrainingIsShownButDoesNotReachTheLevel() {
        var training = new CompletionRule.Offline("samenwerken", Level.B, OfflineKind.TRAINING, LocalDate.of(2026, 10, 1));
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(), List.of(training));
        assertThat(CompletionRule.ready(checks)).isFalse();
        assertThat(checks.getFirst().evidence()).extracting(t -> t.nl()).containsExactly(
                "Ook gedaan: training niveau B op 2026-10-01 (een training telt niet als niveau gehaald).");
    }

    @Test
    void anExamOfAnotherCompetencyDoesNotCount() {
        var exam = new CompletionRule.Offline("op-tijd", Level.C, OfflineKind.PRACTICAL_EXAM, LocalDate.of(2026, 10, 1));
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(), List.of(exam));
        assertThat(CompletionRule.ready(checks)).isFalse();
        assertThat(checks.getFirst().evidence()).isEmpty();
    }

    @Test
    void theParticipantReadsHowManyBehavioursAlreadyWentWellEnough() {
        var notYet = new CompletionRule.Concluded("samenwerken", Level.B, false, false, false, DAY, 3, 5);
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(notYet), List.of());
        assertThat(checks.getFirst().forParticipant().nl()).isEqualTo("Oefen nog even door. Voor niveau B van "
                + "\u2018Samenwerken\u2019 gingen 3 van de 5 dingen al goed genoeg. Elk ding moet goed gaan, in 2 "
                + "werksituaties.");
        assertThat(checks.getFirst().forParticipant().en()).startsWith("Keep practising a little longer.");
    }

    @Test
    void theParticipantHearsThatAnIncompleteObservationIsDoneAgain() {
        var incomplete = new CompletionRule.Concluded("samenwerken", Level.B, true, false, true, DAY);
        var checks = CompletionRule.check(List.of(SAMENWERKEN_B), List.of(incomplete), List.of());
        assertThat(checks.getFirst().forParticipant().nl()).startsWith("Oefen nog even door.")
                .contains("komt nog een keer kijken");
    }

    @Test
    void theRuleAsTheOrganisationReadsItNamesTestsExamsAndTrainings() {
        assertThat(CompletionRule.TEXT.nl()).contains("toets of praktijkexamen").contains("training")
                .contains("telt niet als niveau gehaald");
    }

    @Test
    void nothingToCheckIsNotReady() {
        assertThat(CompletionRule.ready(CompletionRule.check(List.of(), List.of(), List.of()))).isFalse();
    }
}
