package nl.groeipad.tenant.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.Text;

/**
 * A tenant: one organisation's LMS registration of Groeipad.
 *
 * <p>Life cycle: created by dynamic registration, manual registration or demo mode, with at least one
 * deployment id; a platform may later add deployments (Moodle does so per course category or site); the
 * organisation may change its theme and logo; deleting it removes everything it owns.
 *
 * <p>Its {@link #version()} rises with every change (a deployment accepted, a new look); the operator's and the
 * organisation's changes name the version they were made on (If-Match).
 *
 * <p>Registrations are keyed by (issuer, client_id), as LTI 1.3 Core §5.1.1.1 and the Security Framework
 * require: several registrations of one platform each get their own tenant. The operator may link a registration
 * to another one's <em>organisation</em> (a re-registration, a moved Moodle, a manual and a dynamic registration of
 * the same site): its launches then enter that organisation's data, while its issuer, client_id, key set and
 * deployments stay its own. One level only: an organisation is a registration that is linked to none.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_REGISTRATION,
        query = "select t from Tenant t where t.issuer = :issuer and t.clientId = :clientId")
@NamedQuery(name = Tenant.BY_ISSUER, query = "select t from Tenant t where t.issuer = :issuer")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.createdAt")
@NamedQuery(name = Tenant.LINKED_TO, query = "select count(t) from Tenant t where t.organisationId = :organisationId")
public class Tenant {

    public static final String BY_REGISTRATION = "Tenant.byRegistration";
    public static final String BY_ISSUER = "Tenant.byIssuer";
    public static final String ALL = "Tenant.all";
    public static final String LINKED_TO = "Tenant.linkedTo";

    @Id
    private String id;
    @Version
    private int version;
    private String name;
    private String issuer;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "auth_url")
    private String authUrl;
    @Column(name = "token_url")
    private String tokenUrl;
    @Column(name = "jwks_url")
    private String jwksUrl;
    @Enumerated(EnumType.STRING)
    private RegistrationKind kind;
    @Column(name = "product_family")
    private String productFamily;
    private String theme;
    @Column(name = "logo_url")
    private String logoUrl;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The organisation (tenant) whose data this registration's launches enter; null: its own. */
    @Column(name = "organisation_id")
    private String organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_deployment", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "deployment_id")
    private Set<String> deploymentIds = new LinkedHashSet<>();

    protected Tenant() {
        // for JPA
    }

    public Tenant(PlatformRegistration registration, RegistrationKind kind, Instant now) {
        Objects.requireNonNull(registration);
        this.id = Ids.newId();
        this.name = registration.name();
        this.issuer = registration.issuer();
        this.clientId = registration.clientId();
        this.authUrl = registration.authUrl();
        this.tokenUrl = registration.tokenUrl();
        this.jwksUrl = registration.jwksUrl();
        this.productFamily = registration.productFamily();
        this.kind = Objects.requireNonNull(kind);
        this.theme = Theme.DEFAULT.folder();
        this.createdAt = now;
        registration.deploymentIds().forEach(this::acceptDeployment);
    }

    /** Deployment ids are per registration (LTI Core §5.3.3); an unknown one is refused at launch. */
    public boolean hasDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds.contains(deploymentId);
    }

    public void acceptDeployment(String deploymentId) {
        if (deploymentId == null || deploymentId.isBlank() || deploymentId.length() > 255) {
            throw new InvalidField("deploymentIds", new Text("Een deployment-id is 1 tot 255 tekens.",
                    "A deployment id has 1 to 255 characters."));
        }
        deploymentIds.add(deploymentId);
    }

    /** The organisation chooses its look; a logo must be an https address. */
    public void rebrand(Theme newTheme, String newLogoUrl) {
        Objects.requireNonNull(newTheme);
        String checked = null;
        if (newLogoUrl != null && !newLogoUrl.isBlank()) {
            checked = WebAddress.require("logoUrl", newLogoUrl);
            if (!checked.startsWith("https://")) {
                throw new InvalidField("logoUrl", new Text("Een logo moet een https-adres hebben.",
                        "A logo needs an https address."));
            }
        }
        this.theme = newTheme.folder();
        this.logoUrl = checked;
    }

    /**
     * Links this registration to {@code organisation}'s data. Not to itself, and not to a registration that is
     * itself linked to another (link to that one's organisation instead); whether others are linked to this one is
     * for the registry to check, which sees them all.
     */
    public void linkTo(Tenant organisation) {
        Objects.requireNonNull(organisation);
        if (organisation.id.equals(id)) {
            throw new InvalidField("organisationId", new Text("Een registratie kan niet aan zichzelf gekoppeld worden.",
                    "A registration cannot be linked to itself."));
        }
        if (organisation.organisationId != null) {
            throw new InvalidField("organisationId", new Text(
                    "Die registratie hoort zelf al bij een andere organisatie. Kies die organisatie.",
                    "That registration already belongs to another organisation. Choose that organisation."));
        }
        this.organisationId = organisation.id;
    }

    /** Its launches enter its own data again (what was recorded while linked stays with the organisation). */
    public void unlink() {
        this.organisationId = null;
    }

    /** The organisation whose data this registration's launches enter: the linked one, or its own. */
    public TenantId organisation() {
        return TenantId.of(organisationId != null ? organisationId : id);
    }

    public boolean isLinked() {
        return organisationId != null;
    }

    /** Rises with every change to the tenant; 0 until first stored. */
    public int version() {
        return version;
    }

    /** The registration as a person names it. */
    public Text label() {
        return new Text("de registratie van ‘" + name + "’", "the registration of ‘" + name + "’");
    }

    public TenantId tenantId() {
        return TenantId.of(id);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String authUrl() {
        return authUrl;
    }

    public String tokenUrl() {
        return tokenUrl;
    }

    public String jwksUrl() {
        return jwksUrl;
    }

    public RegistrationKind kind() {
        return kind;
    }

    public String productFamily() {
        return productFamily;
    }

    public Theme theme() {
        return Theme.byFolder(theme).orElse(Theme.DEFAULT);
    }

    public String logoUrl() {
        return logoUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Collection<String> deploymentIds() {
        return Set.copyOf(deploymentIds);
    }
}
