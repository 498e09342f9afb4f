package nl.groeipad.catalogue.entity;

import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The competency an item trains, as the catalogue knows it: the competency's stable key (CHAR(36), the same
 * across framework versions) and a title kept for display and search. Either may be missing: demo material
 * names the competency by title until it is linked to a framework.
 */
public record CompetencyRef(String key, String title) {

    public static final CompetencyRef NONE = new CompetencyRef(null, null);
    public static final int KEY_MAX = 36;

    public CompetencyRef {
        key = key == null || key.isBlank() ? null : key.strip();
        if (key != null && key.length() > KEY_MAX) {
            throw new InvalidField("competencyKey", new Text("Deze competentie-sleutel is ongeldig.",
                    "This competency key is not valid."));
        }
        title = ItemContent.optionalText("competencyTitle", title, ItemContent.COMPETENCY_TITLE_MAX);
    }

    public static CompetencyRef titled(String title) {
        return new CompetencyRef(null, title);
    }

    public boolean isNamed() {
        return key != null || title != null;
    }
}
