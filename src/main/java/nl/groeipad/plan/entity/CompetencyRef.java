package nl.groeipad.plan.entity;

import nl.groeipad.platform.entity.Published;

/**
 * The competency a goal works on, as people read it: its title, copied when the goal was set, and —
 * when it came from a competency framework — the competency's stable key (the same across framework
 * versions). A coach may also just type a title.
 */
@Published
public record CompetencyRef(String key, String title) {

    public CompetencyRef {
        key = PlanRules.optional("competencyKey", key, PlanRules.ID_MAX);
        title = PlanRules.optional("competencyTitle", title, PlanRules.REFERENCE_TITLE_MAX);
        if (title == null) {
            throw PlanRules.invalid("competencyTitle", "Vul de naam van de competentie in.", "Fill in the competency's name.");
        }
    }

    /** The reference these fields make, or null when both are empty. */
    public static CompetencyRef ofNullable(String key, String title) {
        return (key == null || key.isBlank()) && (title == null || title.isBlank()) ? null : new CompetencyRef(key, title);
    }
}
