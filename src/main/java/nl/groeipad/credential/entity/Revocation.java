package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The issuer withdrew a certificate: when, why and by whom. A row of its own, so the certificate itself never
 * changes; at most one per certificate (its primary key is the certificate's id).
 */
@Entity
@Table(name = "credential_revocation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Revocation.OF_CREDENTIALS, query = "select r from Revocation r where r.credentialId in :ids")
@NamedQuery(name = Revocation.ALL, query = "select r from Revocation r")
public class Revocation {

    public static final String OF_CREDENTIALS = "Revocation.ofCredentials";
    public static final String ALL = "Revocation.all";
    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = 500;

    @Id
    @Column(name = "credential_id")
    private String credentialId;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    private String reason;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_by_name")
    private String revokedByName;

    protected Revocation() {
        // for JPA
    }

    /** Rules: only a certificate we issued can be revoked; a reason of 3 to 500 characters is required. */
    public static Revocation of(Credential credential, String reason, String byUserId, String byName, Instant now) {
        if (!credential.kind().issuedByUs()) {
            throw new InvalidField("credential", new Text("Alleen een certificaat dat wij uitgaven kun je intrekken.",
                    "Only a certificate we issued can be revoked."));
        }
        var trimmed = reason == null ? "" : reason.strip();
        if (trimmed.length() < REASON_MIN || trimmed.length() > REASON_MAX) {
            throw new InvalidField("reason", new Text(
                    "Schrijf waarom je het certificaat intrekt (" + REASON_MIN + " tot " + REASON_MAX + " tekens).",
                    "Say why you revoke the certificate (" + REASON_MIN + " to " + REASON_MAX + " characters)."));
        }
        var r = new Revocation();
        r.credentialId = credential.id();
        r.reason = trimmed;
        r.revokedBy = Objects.requireNonNull(byUserId);
        r.revokedByName = byName == null || byName.isBlank() ? "?" : Credential.clip(byName, 200);
        r.revokedAt = Objects.requireNonNull(now);
        return r;
    }

    public String credentialId() {
        return credentialId;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String reason() {
        return reason;
    }

    public String revokedByName() {
        return revokedByName;
    }
}
