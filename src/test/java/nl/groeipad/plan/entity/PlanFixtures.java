package nl.groeipad.plan.entity;

import java.time.Instant;
import java.time.LocalDate;

/** Test fixtures, valid by default: a plan of three months from {@link #TODAY}, a goal, a task. */
final class PlanFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String COACH = "coach-1";
    static final String PARTICIPANT = "participant-1";

    private PlanFixtures() {
    }

    static Plan aPlan() {
        return new Plan("course-1", PARTICIPANT, COACH, TODAY, TODAY.plusMonths(3), NOW);
    }

    static GoalDetails aGoal() {
        return new GoalDetails("Ik vraag om hulp als ik iets niet weet", null, null, TODAY.plusWeeks(4));
    }

    static TaskDetails aTaskOn(LocalDate day) {
        return new TaskDetails("Vraag je collega hoe de machine werkt", day, null);
    }

    static Goal aGoalOf(Plan plan) {
        return plan.addGoal(aGoal(), NOW);
    }

    static Task aTaskOn(Plan plan, LocalDate day) {
        return aGoalOf(plan).planTask(aTaskOn(day), NOW);
    }
}
