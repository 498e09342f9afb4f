package nl.groeipad.platform.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Identity of a person in Groeipad (our own id of an LMS user of one tenant, not the LMS's {@code sub}): a
 * participant, coach or admin.
 */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
        if (!Identities.plausible(value)) {
            throw new IllegalArgumentException("not a user id: " + value);
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    /** The id named in a request; empty when it cannot be one of ours (blank, too long), which callers answer with 404. */
    public static Optional<UserId> parse(String value) {
        return Identities.plausible(value) ? Optional.of(new UserId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
