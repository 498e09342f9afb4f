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
 * A signing key of a branch issuer (RSA, as a JWK with its private part), made by Groeipad. The newest one not
 * retired signs; a rotation retires it and makes a new one. Retired keys stay published in the branch issuer's JWKS,
 * because the credentials they signed stay valid.
 */
@Entity
@Table(name = "credential_branch_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = BranchKey.OF_ISSUER, query = """
        select k from BranchKey k where k.issuerId = :issuerId order by k.createdAt desc, k.id""")
public class BranchKey {

    public static final String OF_ISSUER = "BranchKey.ofIssuer";

    @Id
    private String id;
    @Column(name = "issuer_id")
    private String issuerId;
    private String jwk;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected BranchKey() {
        // for JPA
    }

    public BranchKey(String id, String issuerId, String privateJwk, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.issuerId = Objects.requireNonNull(issuerId);
        this.jwk = Objects.requireNonNull(privateJwk);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** No longer signs; stays published. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String issuerId() {
        return issuerId;
    }

    public String jwk() {
        return jwk;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public boolean active() {
        return retiredAt == null;
    }
}
