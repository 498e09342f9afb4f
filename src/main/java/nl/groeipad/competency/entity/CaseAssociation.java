package nl.groeipad.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An imported CASE association that is not the framework's own hierarchy (exactMatchOf, precedes,
 * isRelatedTo, exemplar, a second isChildOf ...), kept as its JSON so an export gives it back unchanged.
 * It goes when the node it starts or ends at is removed from the draft.
 */
@Entity
@Table(name = "case_association")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class CaseAssociation {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;
    @Column(name = "sort_order")
    private int position;
    @Column(name = "origin_key")
    private String originKey;
    @Column(name = "destination_key")
    private String destinationKey;
    private String body;

    protected CaseAssociation() {
    }

    CaseAssociation(Framework framework, int position, String originKey, String destinationKey, String body) {
        this.id = Ids.newId();
        this.framework = framework;
        this.position = position;
        this.originKey = Checks.required("originNodeURI", originKey, 255);
        this.destinationKey = Checks.required("destinationNodeURI", destinationKey, 255);
        this.body = Checks.required("CFAssociations", body, 100_000);
    }

    CaseAssociation copyInto(Framework draft) {
        return new CaseAssociation(draft, position, originKey, destinationKey, body);
    }

    boolean touches(String key) {
        return originKey.equals(key) || destinationKey.equals(key);
    }

    public int position() {
        return position;
    }

    public String originKey() {
        return originKey;
    }

    public String destinationKey() {
        return destinationKey;
    }

    /** The association as JSON, exactly as imported. */
    public String body() {
        return body;
    }
}
