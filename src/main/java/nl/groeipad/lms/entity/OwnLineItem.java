package nl.groeipad.lms.entity;

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

/**
 * A line item Groeipad uses in a course for a route or competency ({@code resourceId}). The row is written first,
 * without URL, as a claim (unique per course and resourceId): the one worker that wrote it looks the line item up in
 * the LMS or creates it there, so it is never created twice; then the URL is kept here.
 */
@Entity
@Table(name = "lms_line_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = OwnLineItem.OF, query = """
        select i from OwnLineItem i where i.courseId = :courseId and i.resourceId = :resourceId""")
public class OwnLineItem {

    public static final String OF = "OwnLineItem.of";

    @Id
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "resource_id")
    private String resourceId;
    private String url;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OwnLineItem() {
    }

    public OwnLineItem(String courseId, String resourceId, Instant now) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.resourceId = resourceId;
        this.createdAt = now;
    }

    public void foundAt(String url) {
        this.url = url;
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
