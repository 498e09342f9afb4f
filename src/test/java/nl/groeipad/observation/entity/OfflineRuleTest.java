package nl.groeipad.observation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import org.junit.jupiter.api.Test;

/**
 * A test or practical exam from elsewhere for competency C at level L means level L of C is reached; a training
 * completed is shown but reaches no level.
 */
class OfflineRuleTest {

    private static CompletionRule.Offline result(String key, Level level, OfflineKind kind, int day) {
        return new CompletionRule.Offline(key, level, kind, LocalDate.of(2026, 11, day));
    }

    @Test
    void aTestAndAPracticalExamCountATrainingDoesNot() {
        assertThat(OfflineRule.counts(OfflineKind.TEST)).isTrue();
        assertThat(OfflineRule.counts(OfflineKind.PRACTICAL_EXAM)).isTrue();
        assertThat(OfflineRule.counts(OfflineKind.TRAINING)).isFalse();
    }

    @Test
    void theHighestCountingLevelOfTheCompetencyIsReached() {
        var results = List.of(result("samenwerken", Level.A, OfflineKind.TEST, 1),
                result("samenwerken", Level.B, OfflineKind.PRACTICAL_EXAM, 2),
                result("samenwerken", Level.C, OfflineKind.TRAINING, 3),
                result("op-tijd", Level.C, OfflineKind.PRACTICAL_EXAM, 4));
        assertThat(OfflineRule.highest("samenwerken", results)).contains(Level.B);
        assertThat(OfflineRule.highest("op-tijd", results)).contains(Level.C);
        assertThat(OfflineRule.highest("veilig-werken", results)).isEmpty();
    }

    @Test
    void aTrainingAloneReachesNothing() {
        assertThat(OfflineRule.highest("samenwerken", List.of(result("samenwerken", Level.C, OfflineKind.TRAINING, 1))))
                .isEmpty();
    }

    @Test
    void aResultProvesItsLevelAndTheLevelsBelowNotAbove() {
        var exam = List.of(result("samenwerken", Level.B, OfflineKind.PRACTICAL_EXAM, 5));
        assertThat(OfflineRule.proof("samenwerken", Level.A, exam)).isPresent();
        assertThat(OfflineRule.proof("samenwerken", Level.B, exam)).isPresent();
        assertThat(OfflineRule.proof("samenwerken", Level.C, exam)).isEmpty();
    }

    @Test
    void theRuleIsWrittenInPlainDutchAndEnglish() {
        assertThat(OfflineRule.TEXT.nl()).contains("Een toets of praktijkexamen van elders telt mee")
                .contains("Een training staat erbij, maar telt niet als niveau gehaald");
        assertThat(OfflineRule.TEXT.en()).contains("A test or practical exam from elsewhere counts");
    }
}
