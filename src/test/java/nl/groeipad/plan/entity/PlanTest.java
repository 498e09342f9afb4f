package nl.groeipad.plan.entity;

import static nl.groeipad.plan.entity.PlanFixtures.COACH;
import static nl.groeipad.plan.entity.PlanFixtures.NOW;
import static nl.groeipad.plan.entity.PlanFixtures.TODAY;
import static nl.groeipad.plan.entity.PlanFixtures.aGoal;
import static nl.groeipad.plan.entity.PlanFixtures.aGoalOf;
import static nl.groeipad.plan.entity.PlanFixtures.aPlan;
import static nl.groeipad.plan.entity.PlanFixtures.aTaskOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void aNewPlanHasNoGoalsAndNoActivity() {
        var plan = aPlan();

        assertThat(plan.goals()).isEmpty();
        assertThat(plan.lastActivityAt()).isEmpty();
        assertThat(plan.belongsTo(PlanFixtures.PARTICIPANT)).isTrue();
        assertThat(plan.belongsTo("someone-else")).isFalse();
    }

    @Test
    void aPlanCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Plan("c", "p", COACH, TODAY, TODAY.minusDays(1), NOW))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("endsOn"));
    }

    @Test
    void aPlanRunsForAtMostThreeYears() {
        assertThatThrownBy(() -> new Plan("c", "p", COACH, TODAY, TODAY.plusYears(3).plusDays(1), NOW))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void goalsKeepTheOrderTheyWereSetIn() {
        var plan = aPlan();

        var first = plan.addGoal(aGoal(), NOW);
        var second = plan.addGoal(new GoalDetails("Ik werk veilig", null, TargetLevel.A, TODAY.plusWeeks(2)), NOW);

        assertThat(plan.goals()).containsExactly(first, second);
        assertThat(second.position()).isGreaterThan(first.position());
        assertThat(first.status()).isEqualTo(GoalStatus.OPEN);
    }

    @Test
    void aGoalIsDueWithinThePlansPeriod() {
        var plan = aPlan();

        assertThatThrownBy(() -> plan.addGoal(new GoalDetails("Te laat", null, null, TODAY.plusMonths(4)), NOW))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("dueOn"))
                .hasMessageContaining("period");
    }

    @Test
    void aGoalNeedsATitleInWords() {
        assertThatThrownBy(() -> new GoalDetails("  ", null, null, TODAY))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("title"));
    }

    @Test
    void aGoalTitleIsShort() {
        assertThatThrownBy(() -> new GoalDetails("x".repeat(201), null, null, TODAY)).isInstanceOf(InvalidField.class);
    }

    @Test
    void aCompetencyNeedsTheTitlePeopleRead() {
        assertThatThrownBy(() -> new CompetencyRef("1f9b3c1e-5555-4444-8888-000000000001", null))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("competencyTitle"));
        assertThat(CompetencyRef.ofNullable(null, "  ")).isNull();
        assertThat(CompetencyRef.ofNullable(null, "Veilig werken").key()).isNull();
    }

    @Test
    void levelsAreAToC() {
        assertThat(TargetLevel.parse("b")).contains(TargetLevel.B);
        assertThat(TargetLevel.parse("")).isEmpty();
        assertThatThrownBy(() -> TargetLevel.parse("D"))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("level"));
    }

    @Test
    void changingAGoalKeepsItsDueDateWithinThePeriod() {
        var goal = aGoalOf(aPlan());

        goal.change(new GoalDetails("Ik vraag hulp aan mijn collega", null, TargetLevel.C, TODAY.plusWeeks(6)));

        assertThat(goal.title()).isEqualTo("Ik vraag hulp aan mijn collega");
        assertThat(goal.level()).contains(TargetLevel.C);
        assertThatThrownBy(() -> goal.change(new GoalDetails("x", null, null, TODAY.minusDays(1)))).isInstanceOf(InvalidField.class);
    }

    @Test
    void onlyTheCoachMarksAGoalAchievedNotTheLastTick() {
        var plan = aPlan();
        var task = aTaskOn(plan, TODAY);
        var goal = task.goal();

        task.tickOff(PlanFixtures.PARTICIPANT, NOW, null);

        assertThat(goal.allTasksDone()).isTrue();
        assertThat(goal.isAchieved()).isFalse();
        goal.markAchieved(COACH, NOW);
        assertThat(goal.isAchieved()).isTrue();
        assertThat(goal.achievedAt()).contains(NOW);
    }

    @Test
    void theRouteStepsDoneAreThoseWhoseGoalTheCoachMarkedAchieved() {
        var plan = aPlan();
        var fromFirstStep = plan.addGoal(PlanFixtures.aGoal(), "step-1", NOW);
        var fromSecondStep = plan.addGoal(PlanFixtures.aGoal(), "step-2", NOW);
        var ownGoal = plan.addGoal(PlanFixtures.aGoal(), NOW);
        assertThat(fromFirstStep.routeStepId()).contains("step-1");
        assertThat(ownGoal.routeStepId()).isEmpty();
        assertThat(plan.achievedRouteSteps()).isEmpty();

        fromFirstStep.markAchieved(COACH, NOW);
        ownGoal.markAchieved(COACH, NOW);
        assertThat(plan.achievedRouteSteps()).containsExactly("step-1");

        fromSecondStep.markAchieved(COACH, NOW);
        fromFirstStep.reopen();
        assertThat(plan.achievedRouteSteps()).containsExactly("step-2");
    }

    @Test
    void aGoalWithoutTasksIsNotAllDone() {
        assertThat(aGoalOf(aPlan()).allTasksDone()).isFalse();
    }

    @Test
    void markingAnAchievedGoalAgainKeepsTheFirstMoment() {
        var goal = aGoalOf(aPlan());
        goal.markAchieved(COACH, NOW);

        goal.markAchieved("another-coach", NOW.plusSeconds(60));

        assertThat(goal.achievedAt()).contains(NOW);
    }

    @Test
    void anAchievedGoalCanBeReopened() {
        var goal = aGoalOf(aPlan());
        goal.markAchieved(COACH, NOW);

        goal.reopen();

        assertThat(goal.status()).isEqualTo(GoalStatus.OPEN);
        assertThat(goal.achievedAt()).isEmpty();
    }

    @Test
    void noNewTasksUnderAnAchievedGoal() {
        var goal = aGoalOf(aPlan());
        goal.markAchieved(COACH, NOW);

        assertThatThrownBy(() -> goal.planTask(PlanFixtures.aTaskOn(TODAY), NOW))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("goal-achieved"));
    }

    @Test
    void aTaskIsPlannedForADayWithinThePlansPeriod() {
        var goal = aGoalOf(aPlan());

        assertThatThrownBy(() -> goal.planTask(PlanFixtures.aTaskOn(TODAY.minusDays(1)), NOW))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("day"));
        assertThat(goal.planTask(PlanFixtures.aTaskOn(TODAY.plusMonths(3)), NOW).plannedOn()).isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    void tasksOfAGoalAreInDayOrder() {
        var goal = aGoalOf(aPlan());

        var later = goal.planTask(PlanFixtures.aTaskOn(TODAY.plusDays(2)), NOW);
        var sooner = goal.planTask(PlanFixtures.aTaskOn(TODAY), NOW);

        assertThat(goal.tasks()).containsExactlyInAnyOrder(later, sooner);
        assertThat(goal.plan().tasks()).hasSize(2);
        assertThat(sooner.position()).isGreaterThan(later.position());
    }

    @Test
    void removingAGoalTakesItsTasksAlong() {
        var plan = aPlan();
        var task = aTaskOn(plan, TODAY);

        plan.removeGoal(task.goal());

        assertThat(plan.goals()).isEmpty();
        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void learningMaterialLinksOnlyToWebPages() {
        assertThat(new LearningItemRef(null, "Filmpje", "https://example.org/film").url()).isEqualTo("https://example.org/film");
        assertThatThrownBy(() -> new LearningItemRef(null, "Truc", "javascript:alert(1)"))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("itemUrl"));
        assertThatThrownBy(() -> new LearningItemRef("a1", null, null))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("itemTitle"));
        assertThat(LearningItemRef.ofNullable(" ", null, "")).isNull();
    }

    // ---- goals made from suggestions: each at most once (issue 8 §6) ----

    private static GoalDetails suggested(String key, TargetLevel level) {
        return new GoalDetails("Ik werk aan: Veilig werken", new CompetencyRef(key, "Veilig werken"), level, TODAY.plusWeeks(2));
    }

    @Test
    void aPlanHoldsTheSameSuggestedGoalOnlyOnce() {
        var plan = aPlan();
        var goal = plan.addSuggestedGoal(suggested("veilig", TargetLevel.A), NOW);

        assertThat(goal.suggestedAs()).contains("veilig/A");
        assertThat(plan.holdsSuggestion(suggested("veilig", TargetLevel.A))).isTrue();
        assertThatThrownBy(() -> plan.addSuggestedGoal(suggested("veilig", TargetLevel.A), NOW))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("goal-in-plan"))
                .hasMessageContaining("already in the plan");
        assertThat(plan.goals()).hasSize(1);
    }

    @Test
    void anotherLevelOrAnotherCompetencyIsAnotherSuggestedGoal() {
        var plan = aPlan();
        plan.addSuggestedGoal(suggested("veilig", TargetLevel.A), NOW);

        plan.addSuggestedGoal(suggested("veilig", TargetLevel.B), NOW);
        plan.addSuggestedGoal(suggested("advies", TargetLevel.A), NOW);

        assertThat(plan.goals()).extracting(g -> g.suggestedAs().orElseThrow())
                .containsExactly("veilig/A", "veilig/B", "advies/A");
    }

    @Test
    void goalsSetByHandAreNotSuggestionsAndNeverCollide() {
        var plan = aPlan();
        plan.addGoal(suggested("veilig", TargetLevel.A), NOW);
        plan.addGoal(suggested("veilig", TargetLevel.A), NOW);

        assertThat(plan.holdsSuggestion(suggested("veilig", TargetLevel.A))).isFalse();
        assertThat(plan.goals()).allSatisfy(g -> assertThat(g.suggestedAs()).isEmpty());
        assertThat(Plan.suggestionKey(new GoalDetails("Zonder competentie", null, TargetLevel.A, TODAY))).isEmpty();
        assertThat(Plan.suggestionKey(new GoalDetails("Getypt", new CompetencyRef(null, "Getypt"), TargetLevel.A, TODAY))).isEmpty();
    }

    @Test
    void aGoalWithOpenTasksIsNotObviouslyAchieved() {
        var plan = aPlan();
        var goal = plan.addGoal(aGoal(), NOW);
        assertThat(goal.hasOpenTasks()).isFalse();

        goal.planTask(aTaskOn(TODAY), NOW);

        assertThat(goal.hasOpenTasks()).isTrue();
    }
}
