package nl.groeipad.route.entity;

import nl.groeipad.competency.entity.Level;

/**
 * What a coach writes about a step: a short title, what to do in plain language, and the competency (by key)
 * and level the step works on. Title and description are checked here; the competency against the route's
 * framework version when the step is added or revised.
 */
public record StepDetails(String title, String description, String competencyKey, Level level) {

    public StepDetails {
        title = RouteRules.title("title", title);
        description = RouteRules.description("description", description);
        if (competencyKey == null || competencyKey.isBlank()) {
            throw new nl.groeipad.platform.entity.Problems.InvalidField("competencyKey", new nl.groeipad.platform.entity.Text(
                    "Kies de competentie waar deze stap aan werkt.", "Choose the competency this step works on."));
        }
        competencyKey = competencyKey.strip();
        level = RouteRules.level("level", level);
    }
}
