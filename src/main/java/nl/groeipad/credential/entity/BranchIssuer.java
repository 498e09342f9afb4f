package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A branch issuer (brancheorganisatie) the organisation's admins configured: under it a coach issues a branch
 * certificate, which names it as issuer and is signed with its own key ({@link BranchKey}). Its name, web address
 * and logo change with a version (If-Match); certificates keep the name and address they were issued with.
 */
@Entity
@Table(name = "credential_branch_issuer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = BranchIssuer.ALL, query = "select b from BranchIssuer b order by b.name, b.id")
public class BranchIssuer {

    public static final String ALL = "BranchIssuer.all";
    public static final int NAME_MAX = 200;
    public static final int URL_MAX = 500;

    @Id
    private String id;
    private String name;
    private String url;
    @Column(name = "logo_type")
    private String logoType;
    private byte[] logo;
    @Version
    private int version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected BranchIssuer() {
        // for JPA
    }

    /** A new branch issuer. Rules: a name (1–200 characters) and an https web address (at most 500 characters). */
    public static BranchIssuer of(String name, String url, Instant now) {
        var b = new BranchIssuer();
        b.id = Ids.newId();
        b.createdAt = Objects.requireNonNull(now);
        b.describe(name, url);
        return b;
    }

    /** A new name and web address (same rules as {@link #of}). */
    public void describe(String newName, String newUrl) {
        var n = newName == null ? "" : newName.strip();
        if (n.isEmpty()) {
            throw new InvalidField("name", Text.of("Vul de naam van de branche in.", "Fill in the name of the branch."));
        }
        if (n.length() > NAME_MAX) {
            throw new InvalidField("name", Text.of("Deze naam is te lang: hoogstens 200 tekens.",
                    "This name is too long: at most 200 characters."));
        }
        this.name = n;
        this.url = httpsUrl(newUrl);
    }

    /** The logo shown on its certificates and in its public profile. */
    public void logo(LogoImage image) {
        this.logo = image.content().clone();
        this.logoType = image.mediaType();
    }

    /**
     * Retires the branch issuer: no certificate is issued under it any more, nothing of it changes any more. It is not
     * removed: the certificates issued under it stay verifiable (its profile, keys and revocation list stay published).
     * Rule: once (a second time is 409 {@code issuer-retired}).
     */
    public void retire(Instant now) {
        requireActive();
        this.retiredAt = Objects.requireNonNull(now);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    /** Rule: a retired branch issuer is not changed and nothing is issued under it (409 {@code issuer-retired}). */
    public void requireActive() {
        if (retiredAt != null) {
            throw new Conflict("issuer-retired", Text.of("De branche ‘" + name + "’ is niet meer in gebruik.",
                    "The branch issuer ‘" + name + "’ is no longer in use."));
        }
    }

    static String httpsUrl(String value) {
        var v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidField("url", Text.of("Vul het webadres van de branche in.", "Fill in the web address of the branch."));
        }
        if (v.length() > URL_MAX) {
            throw new InvalidField("url", Text.of("Dit webadres is te lang.", "This web address is too long."));
        }
        try {
            var uri = new java.net.URI(v);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getUserInfo() != null) {
                throw new java.net.URISyntaxException(v, "not https");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidField("url", Text.of("Een webadres begint met https://, bijvoorbeeld https://www.branche.nl.",
                    "A web address starts with https://, for example https://www.branche.nl."));
        }
        return v;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public byte[] logoBytes() {
        return logo == null ? null : logo.clone();
    }

    public String logoType() {
        return logoType;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
