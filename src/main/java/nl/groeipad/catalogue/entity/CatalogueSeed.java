package nl.groeipad.catalogue.entity;

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
 * Marks that a set of starter material was imported into this organisation's catalogue, so it is imported
 * once: the unique (tenant, name) key holds even when two requests of a new organisation arrive together,
 * and material the coaches later remove does not come back.
 */
@Entity
@Table(name = "catalogue_seed")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CatalogueSeed.NAMED, query = "select s from CatalogueSeed s where s.name = :name")
public class CatalogueSeed {

    public static final String NAMED = "CatalogueSeed.named";

    @Id
    private String id;
    @Column(name = "seed_name")
    private String name;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected CatalogueSeed() {
        // for JPA
    }

    public CatalogueSeed(String name, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.importedAt = now;
    }

    public String name() {
        return name;
    }
}
