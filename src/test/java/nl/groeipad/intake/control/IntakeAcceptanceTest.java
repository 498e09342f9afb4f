package nl.groeipad.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.groeipad.competency.control.FrameworkDetails.CompetencyDetails;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.plan.entity.TargetLevel;
import org.junit.jupiter.api.Test;

class IntakeAcceptanceTest {

    private static CompetencyDetails competency(String title) {
        return new CompetencyDetails("row", "94d6900c-6eb1-4413-896f-6d48d50be40f", null, "1", title, null, 0, List.of());
    }

    @Test
    void anAcceptedSuggestionBecomesAGoalInPlainWordsWithItsLevelApart() {
        var goal = IntakeAcceptance.goal(competency("Veilig werken"), Level.A, LocalDate.of(2026, 4, 13));

        assertThat(goal.title()).isEqualTo("Veilig werken");
        assertThat(goal.competency().key()).isEqualTo("94d6900c-6eb1-4413-896f-6d48d50be40f");
        assertThat(goal.competency().title()).isEqualTo("Veilig werken");
        assertThat(goal.level()).isEqualTo(TargetLevel.A);
        assertThat(goal.dueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void aVeryLongCompetencyTitleIsShortenedToFitAGoalTitle() {
        var goal = IntakeAcceptance.goal(competency("Heel lang ".repeat(50)), Level.C, LocalDate.of(2026, 4, 13));

        assertThat(goal.title()).hasSizeLessThanOrEqualTo(200).endsWith("…").doesNotContain("niveau");
        assertThat(goal.competency().title()).hasSizeLessThanOrEqualTo(300);
    }
}
