package nl.groeipad.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person as their LMS identifies them: the LTI {@code sub} within one tenant. Created at their first
 * launch; every later launch refreshes what the platform sent (names and email only when sent).
 */
@Entity
@Table(name = "lms_user")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = LmsUser.BY_SUBJECT, query = "select u from LmsUser u where u.subject = :subject")
@NamedQuery(name = LmsUser.BY_SUBJECTS, query = "select u from LmsUser u where u.subject in :subjects")
public class LmsUser {

    public static final String BY_SUBJECT = "LmsUser.bySubject";
    public static final String BY_SUBJECTS = "LmsUser.bySubjects";

    @Id
    private String id;
    private String subject;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    private String locale;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected LmsUser() {
    }

    public LmsUser(String subject, Instant now) {
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("an LMS subject has 1 to 255 characters");
        }
        this.id = Ids.newId();
        this.subject = subject;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    /** What a launch told us about this person; what it did not send stays as it was. */
    public void seen(PersonalDetails details, Instant now) {
        Objects.requireNonNull(details);
        if (details.givenName() != null) {
            givenName = clip(details.givenName(), 200);
        }
        if (details.familyName() != null) {
            familyName = clip(details.familyName(), 200);
        }
        if (details.name() != null) {
            fullName = clip(details.name(), 400);
        }
        if (details.email() != null) {
            email = clip(details.email(), 320);
        }
        if (details.locale() != null) {
            locale = clip(details.locale(), 16);
        }
        lastSeenAt = now;
    }

    /**
     * What the LMS's roster (NRPS) says about this person: its names and email win over what we had; what it did
     * not send stays. Not a sign of activity: {@code lastSeenAt} stays.
     */
    public void namedByLms(PersonalDetails details) {
        var seenAt = lastSeenAt;
        seen(new PersonalDetails(details.givenName(), details.familyName(), details.name(), details.email(), null), seenAt);
    }

    /** The name to show: the full name, else given + family name, else nothing. */
    public String displayName() {
        if (fullName != null && !fullName.isBlank()) {
            return fullName;
        }
        var joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String clip(String value, int max) {
        var stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
