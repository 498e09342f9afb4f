package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Sha256;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A logo as it was when a certificate was issued (the organisation's or a branch issuer's), so that a certificate
 * downloaded again years later shows the logo it was issued with, not the one uploaded since. Never changed, never
 * deleted; one per distinct image of the organisation (found again by the SHA-256 of its bytes), shared by the
 * certificates issued with it.
 */
@Entity
@Table(name = "credential_logo_image")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = LogoSnapshot.BY_HASH, query = "select l from LogoSnapshot l where l.sha256 = :sha256 order by l.createdAt, l.id")
public class LogoSnapshot {

    public static final String BY_HASH = "LogoSnapshot.byHash";

    @Id
    private String id;
    private String sha256;
    @Column(name = "media_type")
    private String mediaType;
    private byte[] content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected LogoSnapshot() {
        // for JPA
    }

    /** A snapshot of a logo that was checked when it was uploaded. */
    public LogoSnapshot(String mediaType, byte[] content, Instant now) {
        this.id = Ids.newId();
        this.mediaType = Objects.requireNonNull(mediaType);
        this.content = content.clone();
        this.sha256 = hash(content);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The hex SHA-256 of the bytes: the same image is kept once. */
    public static String hash(byte[] content) {
        return Sha256.hex(content);
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
