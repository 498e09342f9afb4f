package nl.groeipad.platform.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Identity of a course in Groeipad (our own id of an LMS context, not the LMS's context id). A course belongs to
 * one tenant; the id alone never reaches another tenant's course, because every lookup goes through
 * {@code TenantData}.
 */
public record CourseId(String value) {

    public CourseId {
        Objects.requireNonNull(value, "course id");
        if (!Identities.plausible(value)) {
            throw new IllegalArgumentException("not a course id: " + value);
        }
    }

    public static CourseId of(String value) {
        return new CourseId(value);
    }

    /** The id named in a request; empty when it cannot be one of ours (blank, too long), which callers answer with 404. */
    public static Optional<CourseId> parse(String value) {
        return Identities.plausible(value) ? Optional.of(new CourseId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
