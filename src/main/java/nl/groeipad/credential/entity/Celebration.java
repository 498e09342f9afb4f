package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The participant has seen the celebration of a certificate: their home celebrates each one once. */
@Entity
@Table(name = "credential_celebration")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Celebration.OF_CREDENTIALS, query = "select c.credentialId from Celebration c where c.credentialId in :ids")
public class Celebration {

    public static final String OF_CREDENTIALS = "Celebration.ofCredentials";

    @Id
    @Column(name = "credential_id")
    private String credentialId;
    @Column(name = "seen_at")
    private Instant seenAt;

    protected Celebration() {
        // for JPA
    }

    public Celebration(Credential credential, Instant now) {
        this.credentialId = credential.id();
        this.seenAt = Objects.requireNonNull(now);
    }
}
