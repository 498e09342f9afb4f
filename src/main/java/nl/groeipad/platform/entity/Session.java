package nl.groeipad.platform.entity;

import java.time.Instant;
import java.util.Objects;

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
        language = "en".equals(language) ? "en" : "nl";
    }

    public boolean inCourse(String id) {
        return courseId != null && courseId.equals(id);
    }
}
