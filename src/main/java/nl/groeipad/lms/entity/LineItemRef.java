package nl.groeipad.lms.entity;

import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/**
 * Where a score goes: the line item of the launch (the activity the course's Groeipad link made in the
 * gradebook, {@link #LAUNCH}), or a line item Groeipad keeps for a route or competency, found again by
 * {@code resourceId} (and {@code tag}) through the line-items endpoint, created there with {@code label} when it
 * does not exist yet.
 */
@Published
public record LineItemRef(String resourceId, String tag, String label) {

    public static final LineItemRef LAUNCH = new LineItemRef(null, null, null);

    public LineItemRef {
        if (resourceId != null && (resourceId.isBlank() || resourceId.length() > 255)) {
            throw new InvalidField("resourceId", Text.of("Een resourceId heeft 1 tot 255 tekens.",
                    "A resourceId has 1 to 255 characters."));
        }
        if (resourceId != null && (label == null || label.isBlank() || label.length() > 255)) {
            throw new InvalidField("label", Text.of("Geef het cijfer in Moodle een naam (hoogstens 255 tekens).",
                    "Give the grade item a name (at most 255 characters)."));
        }
        if (tag != null && tag.length() > 255) {
            throw new InvalidField("tag", Text.of("Een tag heeft hoogstens 255 tekens.", "A tag has at most 255 characters."));
        }
    }

    /** A line item of Groeipad's own, per route or competency. */
    public static LineItemRef own(String resourceId, String tag, String label) {
        return new LineItemRef(resourceId, tag, label);
    }

    public boolean isLaunch() {
        return resourceId == null;
    }
}
