package nl.groeipad.plan.entity;

import java.time.LocalDate;
import nl.groeipad.platform.entity.Published;

/**
 * What a coach says about an intermediate goal: a title in plain language ("Ik vraag hulp als ik iets niet
 * weet"), optionally the competency and level it works towards, and the date it should be reached by.
 */
@Published
public record GoalDetails(String title, CompetencyRef competency, TargetLevel level, LocalDate dueOn) {

    public GoalDetails {
        title = PlanRules.title("title", title, PlanRules.TITLE_MAX);
        PlanRules.required("dueOn", dueOn);
    }
}
