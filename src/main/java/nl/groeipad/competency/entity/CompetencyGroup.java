package nl.groeipad.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A group of competencies within one framework version, e.g. "Component 1: Anderen raadplegen en betrekken".
 * Groups may sit inside another group (imported frameworks can be deep). Changed only through its
 * {@link Framework}, and only while that version is a draft.
 */
@Entity
@Table(name = "competency_group")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class CompetencyGroup {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;
    @Column(name = "group_key")
    private String key;
    @Column(name = "parent_key")
    private String parentKey;
    @Column(name = "sort_order")
    private int position;
    private String code;
    private String title;
    @Column(name = "last_change")
    private String lastChange;
    @Column(name = "case_item")
    private String caseItem;
    @Column(name = "case_parent_link")
    private String caseParentLink;

    protected CompetencyGroup() {
    }

    CompetencyGroup(Framework framework, String parentKey, int position, String code, String title, CaseOrigin origin,
                    Instant now) {
        this.id = Ids.newId();
        this.framework = framework;
        this.key = Checks.key("key", origin.key());
        this.parentKey = parentKey;
        this.position = position;
        this.code = Checks.optional("code", code, Checks.CODE);
        this.title = Checks.required("title", title, Checks.TITLE);
        this.lastChange = origin.lastChange() != null ? origin.lastChange() : Framework.stamp(now);
        this.caseItem = origin.item();
        this.caseParentLink = origin.parentLink();
    }

    CompetencyGroup copyInto(Framework draft) {
        var copy = new CompetencyGroup();
        copy.id = Ids.newId();
        copy.framework = draft;
        copy.key = key;
        copy.parentKey = parentKey;
        copy.position = position;
        copy.code = code;
        copy.title = title;
        copy.lastChange = lastChange;
        copy.caseItem = caseItem;
        copy.caseParentLink = caseParentLink;
        return copy;
    }

    void describe(String newCode, String newTitle, Instant now) {
        var c = Checks.optional("code", newCode, Checks.CODE);
        var t = Checks.required("title", newTitle, Checks.TITLE);
        if (!java.util.Objects.equals(c, code) || !t.equals(title)) {
            code = c;
            title = t;
            lastChange = Framework.stamp(now);
        }
    }

    void placeAt(String newParentKey, int newPosition) {
        if (!java.util.Objects.equals(newParentKey, parentKey) || newPosition != Framework.unparked(position)) {
            caseParentLink = null; // the imported isChildOf no longer describes where it sits
        }
        parentKey = newParentKey;
        position = newPosition;
    }

    /** To a temporary position below zero before its list is renumbered (see {@link Framework#parkAround}). */
    void park() {
        position = Framework.parked(position);
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String parentKey() {
        return parentKey;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String lastChange() {
        return lastChange;
    }

    public String caseItem() {
        return caseItem;
    }

    public String caseParentLink() {
        return caseParentLink;
    }
}
