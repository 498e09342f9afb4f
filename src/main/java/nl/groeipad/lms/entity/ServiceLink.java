package nl.groeipad.lms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.groeipad.lti.entity.PlatformServices;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What the platform offered with the latest launch from one resource link of a course: the AGS line item of that
 * link, the course's line-items endpoint, the scopes granted, and the NRPS memberships URL. Updated at every launch
 * whose claims differ (a platform may move its endpoints).
 */
@Entity
@Table(name = "lms_service_link")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = ServiceLink.OF, query = """
        select l from ServiceLink l where l.courseId = :courseId and l.resourceLinkId = :resourceLinkId""")
@NamedQuery(name = ServiceLink.OF_COURSE, query = """
        select l from ServiceLink l where l.courseId = :courseId order by l.updatedAt desc, l.id""")
@NamedQuery(name = ServiceLink.WITH_LINE_ITEMS, query = """
        select l.id from ServiceLink l where l.courseId = :courseId and l.lineItemsUrl is not null""")
public class ServiceLink {

    public static final String OF = "ServiceLink.of";
    public static final String OF_COURSE = "ServiceLink.ofCourse";
    /**
     * Ids of the course's links that offer a line-items endpoint (ask for one row): one lookup on the unique index
     * (tenant_id, course_id, resource_link_id), reading no entity.
     */
    public static final String WITH_LINE_ITEMS = "ServiceLink.withLineItems";

    @Id
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "resource_link_id")
    private String resourceLinkId;
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "line_item_url")
    private String lineItemUrl;
    @Column(name = "line_items_url")
    private String lineItemsUrl;
    @Column(name = "ags_scopes")
    private String agsScopes;
    @Column(name = "memberships_url")
    private String membershipsUrl;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ServiceLink() {
    }

    public ServiceLink(String courseId, String resourceLinkId, String registrationId, PlatformServices services, Instant now) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.resourceLinkId = Objects.requireNonNull(resourceLinkId);
        offered(registrationId, services, now);
    }

    /** The services of a new launch through this registration; true when something changed. */
    public boolean offered(String registration, PlatformServices services, Instant now) {
        var scopes = String.join(" ", services.agsScopes());
        var scopeText = scopes.isEmpty() ? null : scopes.length() > 2000 ? scopes.substring(0, 2000) : scopes;
        if (updatedAt != null && Objects.equals(registrationId, registration) && Objects.equals(lineItemUrl, services.lineItem()) && Objects.equals(lineItemsUrl, services.lineItems())
                && Objects.equals(agsScopes, scopeText) && Objects.equals(membershipsUrl, services.contextMemberships())) {
            return false;
        }
        registrationId = registration;
        lineItemUrl = services.lineItem();
        lineItemsUrl = services.lineItems();
        agsScopes = scopeText;
        membershipsUrl = services.contextMemberships();
        updatedAt = now;
        return true;
    }

    public PlatformServices services() {
        return new PlatformServices(lineItemUrl, lineItemsUrl,
                agsScopes == null ? List.of() : Arrays.asList(agsScopes.split(" ")), membershipsUrl);
    }

    /** The registration whose client ID and token endpoint serve these services. */
    public String registrationId() {
        return registrationId;
    }

    public String courseId() {
        return courseId;
    }

    public String resourceLinkId() {
        return resourceLinkId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
