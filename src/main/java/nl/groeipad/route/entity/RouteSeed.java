package nl.groeipad.route.entity;

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
 * Marks that a demo route was imported into this organisation, so it is imported once: the unique
 * (tenant, name) key holds when two first requests race, and a demo route the coaches removed stays removed.
 */
@Entity
@Table(name = "route_seed")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = RouteSeed.NAMED, query = "select s from RouteSeed s where s.name = :name")
public class RouteSeed {

    public static final String NAMED = "RouteSeed.named";

    @Id
    private String id;
    @Column(name = "seed_name")
    private String name;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected RouteSeed() {
        // for JPA
    }

    public RouteSeed(String name, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.importedAt = now;
    }

    public String name() {
        return name;
    }
}
