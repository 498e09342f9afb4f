package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
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

/** The uploaded document of registered proof, in a table of its own so lists never read its bytes. Added once. */
@Entity
@Table(name = "credential_document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CredentialDocument.OF_CREDENTIALS,
        query = "select d.credentialId from CredentialDocument d where d.credentialId in :ids")
public class CredentialDocument {

    public static final String OF_CREDENTIALS = "CredentialDocument.ofCredentials";

    @Id
    @Column(name = "credential_id")
    private String credentialId;
    @Column(name = "media_type")
    private String mediaType;
    @Lob
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected CredentialDocument() {
        // for JPA
    }

    /** Rule: only registered proof has an uploaded document (a certificate we issued has its own PDF). */
    public CredentialDocument(Credential credential, Document document, Instant now) {
        if (credential.kind().issuedByUs()) {
            throw new InvalidField("document", new Text("Een certificaat dat wij uitgaven heeft al een PDF.",
                    "A certificate we issued has its own PDF."));
        }
        this.credentialId = credential.id();
        this.mediaType = document.mediaType();
        this.content = document.content();
        this.uploadedAt = Objects.requireNonNull(now);
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
