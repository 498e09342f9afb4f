package nl.groeipad.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.competency.control.FrameworkDetails.CompetencyDetails;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.plan.control.PlanViews.GoalView;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.Plans;
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

    // ---- idempotent acceptance (issue 8 §6) ----

    private static IntakeAcceptance.Planned planned(String key, String title, Level level) {
        var details = IntakeAcceptance.goal(new CompetencyDetails("row", key, null, "1", title, null, 0, List.of()), level,
                LocalDate.of(2026, 4, 13));
        return new IntakeAcceptance.Planned(new IntakeAcceptance.Choice(key, level.name(), List.of(), null),
                new Plans.NewGoal(details, List.of(), true));
    }

    private static GoalView goal(String key, String level, boolean suggested) {
        return new GoalView("g-" + key + level, 1, 0, "Doel", key, "Titel", level, LocalDate.of(2026, 4, 13), "open",
                null, 0, 0, false, suggested, List.of());
    }

    private static PlanView plan(GoalView... goals) {
        return new PlanView("plan", 1, "p", "c", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), Instant.EPOCH,
                null, LocalDate.of(2026, 3, 2), List.of(goals));
    }

    @Test
    void withoutAPlanEveryChosenGoalIsNew() {
        var split = IntakeAcceptance.split(List.of(planned("veilig", "Veilig werken", Level.A)), null);

        assertThat(split.fresh()).hasSize(1);
        assertThat(split.inPlan()).isEmpty();
    }

    @Test
    void aSuggestedGoalThePlanHoldsIsNotAddedAgainTheRestIs() {
        var plan = plan(goal("veilig", "A", true));

        var split = IntakeAcceptance.split(List.of(planned("veilig", "Veilig werken", Level.A),
                planned("advies", "Advies vragen", Level.A), planned("veilig2", "Anders", Level.B)), plan);

        assertThat(split.inPlan()).extracting(IntakeAcceptance.Planned::label).containsExactly("Veilig werken (A)");
        assertThat(split.fresh()).extracting(p -> p.choice().competencyKey()).containsExactly("advies", "veilig2");
    }

    @Test
    void acceptingTheSameGoalsASecondTimeAddsNothing() {
        var chosen = List.of(planned("veilig", "Veilig werken", Level.A), planned("advies", "Advies vragen", Level.B));
        var plan = plan(goal("veilig", "A", true), goal("advies", "B", true));

        var split = IntakeAcceptance.split(chosen, plan);

        assertThat(split.fresh()).isEmpty();
        assertThat(split.inPlan()).hasSize(2);
    }

    @Test
    void anotherLevelOrAGoalSetByHandDoesNotCountAsInThePlan() {
        var plan = plan(goal("veilig", "B", true), goal("advies", "A", false));

        var split = IntakeAcceptance.split(List.of(planned("veilig", "Veilig werken", Level.A),
                planned("advies", "Advies vragen", Level.A)), plan);

        assertThat(split.fresh()).hasSize(2);
    }

    @Test
    void theMessageSaysWhatHappenedWithCorrectPlurals() {
        assertThat(IntakeAcceptance.message(1, 0).nl()).isEqualTo("In het plan gezet: 1 doel.");
        assertThat(IntakeAcceptance.message(3, 0).nl()).isEqualTo("In het plan gezet: 3 doelen.");
        assertThat(IntakeAcceptance.message(3, 0).en()).isEqualTo("Put in the plan: 3 goals.");
        assertThat(IntakeAcceptance.message(2, 1).nl()).isEqualTo("In het plan gezet: 2 doelen. 1 doel stond er al in.");
        assertThat(IntakeAcceptance.message(0, 1).nl()).startsWith("Dit doel staat al in het plan.");
        assertThat(IntakeAcceptance.message(0, 2).nl()).startsWith("Deze 2 doelen staan al in het plan.");
        assertThat(IntakeAcceptance.message(0, 2).en()).startsWith("These 2 goals are already in the plan.");
    }
}
