package nl.groeipad.plan.entity;

import nl.groeipad.platform.entity.Published;

/**
 * Learning material a task uses: an item of the catalogue (its id) or any page on the web, with the title
 * people see, copied when the task was planned, and optionally where to find it.
 */
@Published
public record LearningItemRef(String catalogueItemId, String title, String url) {

    public LearningItemRef {
        catalogueItemId = PlanRules.optional("catalogueItemId", catalogueItemId, PlanRules.ID_MAX);
        title = PlanRules.optional("itemTitle", title, PlanRules.REFERENCE_TITLE_MAX);
        url = PlanRules.webAddress("itemUrl", url);
        if (title == null) {
            throw PlanRules.invalid("itemTitle", "Vul de naam van het leermiddel in.", "Fill in the name of the learning material.");
        }
    }

    /** The reference these fields make, or null when all are empty. */
    public static LearningItemRef ofNullable(String catalogueItemId, String title, String url) {
        return isBlank(catalogueItemId) && isBlank(title) && isBlank(url) ? null : new LearningItemRef(catalogueItemId, title, url);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
