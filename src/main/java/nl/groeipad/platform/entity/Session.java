package nl.groeipad.platform.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling the API: a person of one tenant, in the role their LMS gave them, in the course they
 * launched from. Built only from a verified session token.
 */
public record Session(TenantId tenant, String userId, Role role, String courseId, String language,
                      Instant expiresAt) {

    public Session {
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(role);
        language = Language.of(language).code();
    }

    public boolean inCourse(String id) {
        return courseId != null && courseId.equals(id);
    }

    public UserId user() {
        return UserId.of(userId);
    }

    /** The course the person launched from; empty for a launch outside a course. */
    public Optional<CourseId> course() {
        return CourseId.parse(courseId);
    }
}
