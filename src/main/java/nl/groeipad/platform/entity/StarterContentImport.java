package nl.groeipad.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Marks that one kind of starter content (e.g. {@code starter-catalogue-v1}) was imported into an organisation. The
 * unique (tenant, content) key makes the import happen once, also when several nodes or requests try at the same
 * moment; the row commits with the content, so a failed import leaves no mark and is tried again.
 */
@Entity
@Table(name = "tenant_starter_content")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = StarterContentImport.OF, query = "select count(s) from StarterContentImport s where s.content = :content")
public class StarterContentImport {

    public static final String OF = "StarterContentImport.of";

    @Id
    private String id;
    private String content;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected StarterContentImport() {
        // for JPA
    }

    public StarterContentImport(String content, Instant now) {
        this.id = Ids.newId();
        this.content = content;
        this.importedAt = now;
    }

    public String content() {
        return content;
    }
}
