package nl.groeipad.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An LMS course (LTI context), keyed by its context id within the tenant; title and label follow the LMS. */
@Entity
@Table(name = "course")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Course.BY_CONTEXT, query = "select c from Course c where c.contextId = :contextId")
public class Course {

    public static final String BY_CONTEXT = "Course.byContext";

    @Id
    private String id;
    @Column(name = "context_id")
    private String contextId;
    private String title;
    private String label;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "roster_refreshed_at")
    private Instant rosterRefreshedAt;

    protected Course() {
    }

    public Course(String contextId, Instant now) {
        if (contextId == null || contextId.isBlank() || contextId.length() > 255) {
            throw new IllegalArgumentException("a context id has 1 to 255 characters");
        }
        this.id = Ids.newId();
        this.contextId = contextId;
        this.createdAt = now;
    }

    public void describedAs(String newTitle, String newLabel) {
        if (newTitle != null) {
            title = newTitle.length() > 500 ? newTitle.substring(0, 500) : newTitle;
        }
        if (newLabel != null) {
            label = newLabel.length() > 200 ? newLabel.substring(0, 200) : newLabel;
        }
    }

    /** The course's roster was read from the LMS (NRPS) at {@code now}. */
    public void rosterRefreshed(Instant now) {
        rosterRefreshedAt = now;
    }

    public Instant rosterRefreshedAt() {
        return rosterRefreshedAt;
    }

    public String id() {
        return id;
    }

    public String contextId() {
        return contextId;
    }

    public String title() {
        return title;
    }

    public String label() {
        return label;
    }
}
