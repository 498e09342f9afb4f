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

/**
 * The organisation's key for signing its credentials (RSA, as a JWK with its private part), one per
 * organisation, made when it first issues. Its public part is published as the organisation's issuer JWKS.
 */
@Entity
@Table(name = "credential_issuer_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = IssuerKey.ALL, query = "select k from IssuerKey k order by k.createdAt")
public class IssuerKey {

    public static final String ALL = "IssuerKey.all";

    @Id
    private String id;
    private String jwk;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IssuerKey() {
        // for JPA
    }

    public IssuerKey(String id, String privateJwk, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.jwk = Objects.requireNonNull(privateJwk);
        this.createdAt = Objects.requireNonNull(now);
    }

    public String id() {
        return id;
    }

    public String jwk() {
        return jwk;
    }
}
