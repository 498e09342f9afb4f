package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The organisation's logo on its certificates, uploaded by an admin (at most one per organisation: unique per tenant). Replacing
 * it names the version it was made on (If-Match).
 */
@Entity
@Table(name = "credential_logo")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CredentialLogo.OF_ORGANISATION, query = "select l from CredentialLogo l")
public class CredentialLogo {

    public static final String OF_ORGANISATION = "CredentialLogo.ofOrganisation";

    @Id
    private String id;
    @Column(name = "media_type")
    private String mediaType;
    private byte[] content;
    @Version
    private int version;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected CredentialLogo() {
        // for JPA
    }

    public CredentialLogo(LogoImage image, Instant now) {
        this.id = nl.groeipad.platform.entity.Ids.newId();
        replace(image, now);
    }

    public void replace(LogoImage image, Instant now) {
        this.mediaType = image.mediaType();
        this.content = image.content().clone();
        this.uploadedAt = Objects.requireNonNull(now);
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

    public int version() {
        return version;
    }
}
