package nl.groeipad.plan.entity;

import java.time.LocalDate;
import nl.groeipad.platform.entity.Published;

/** What a coach says about a task: a plain title, the day to do it, and optionally the learning material. */
@Published
public record TaskDetails(String title, LocalDate plannedOn, LearningItemRef item) {

    public TaskDetails {
        title = PlanRules.title("title", title, PlanRules.TITLE_MAX);
        PlanRules.required("day", plannedOn);
    }
}
