package nl.groeipad.tenant.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.groeipad.platform.control.NativeSql;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantsChanged;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Tenant;
import nl.groeipad.tenant.entity.Theme;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers platforms as tenants and finds them again by their LTI identity. A registration fires
 * {@link TenantRegistered}; its observers give the organisation its starter content once the registration commits.
 * A change to a tenant (removal, a deployment, the house style) locks it, checks the {@link Precondition} its caller
 * sent against its version and raises that version once ({@link TenantData#findForChange},
 * {@link TenantData#willChange}); the caller says how it shows a {@link Registration}, so that a refused change
 * (412) carries the stored one in that form.
 */
@ApplicationScoped
@Transactional
public class TenantRegistry {

    private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());

    @PersistenceContext(unitName = "groeipad")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<TenantsChanged> changed;

    @Inject
    Event<TenantRegistered> registered;

    /** How long a registration read here is used again without asking the database (0: never). */
    @Inject
    @ConfigProperty(name = "groeipad.tenants.cache-seconds", defaultValue = "5")
    long cacheSeconds = 5;

    /** Registrations read in the last {@link #cacheSeconds}; see {@link RegistrationCache} for what may be stale. */
    private RegistrationCache cache = new RegistrationCache(Clock.systemUTC(), Duration.ofSeconds(5), CACHE_CAPACITY);

    static final int CACHE_CAPACITY = 10_000;

    @PostConstruct
    void init() {
        cache = new RegistrationCache(clock, Duration.ofSeconds(Math.max(0, cacheSeconds)), CACHE_CAPACITY);
    }

    public Registration register(PlatformRegistration registration, RegistrationKind kind) {
        if (storedByRegistration(registration.issuer(), registration.clientId()).isPresent()) {
            throw new Conflict("registration-exists", new Text(
                    "Deze leeromgeving (issuer en client_id) is al geregistreerd.",
                    "This platform (issuer and client_id) is already registered."));
        }
        var tenant = new Tenant(registration, kind, clock.instant());
        cache.changing();
        em.persist(tenant);
        em.flush();
        changed.fire(new TenantsChanged());
        registered.fire(new TenantRegistered(tenant.tenantId())); // starter content follows the commit
        LOG.info(() -> "Registered tenant " + tenant.id() + " (" + kind + ") for issuer " + registration.issuer()
                + " client_id " + registration.clientId());
        return Registration.of(tenant);
    }

    /** Finds or creates; used where registering twice must be harmless (demo mode). */
    public Registration ensure(PlatformRegistration registration, RegistrationKind kind) {
        return byRegistration(registration.issuer(), registration.clientId())
                .orElseGet(() -> register(registration, kind));
    }

    /**
     * The registration of this platform, as this node read it in the last few seconds ({@link RegistrationCache}): a
     * removal on another node shows here within {@code groeipad.tenants.cache-seconds}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registration> byRegistration(String issuer, String clientId) {
        return cache.byIdentity(issuer, clientId, () -> storedByRegistration(issuer, clientId));
    }

    private Optional<Registration> storedByRegistration(String issuer, String clientId) {
        return em.createNamedQuery(Tenant.BY_REGISTRATION, Tenant.class)
                .setParameter("issuer", issuer).setParameter("clientId", clientId)
                .getResultStream().findFirst().map(Registration::of);
    }

    /** Login without client_id: only unambiguous when the issuer has a single registration. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registration> byIssuerAlone(String issuer) {
        var found = em.createNamedQuery(Tenant.BY_ISSUER, Tenant.class).setParameter("issuer", issuer)
                .setMaxResults(2).getResultList();
        return found.size() == 1 ? Optional.of(Registration.of(found.getFirst())) : Optional.empty();
    }

    /**
     * The registration with this id, as this node read it in the last few seconds ({@link RegistrationCache}). Whether
     * a session's organisation still exists is {@link #exists}, always asked of the database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registration> byId(TenantId id) {
        return cache.byId(id.value(), () -> find(id).map(Registration::of));
    }

    /** {@link #byId}, or 404 when there is none: for what a signed-in person sees of their organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registration registered(TenantId id) {
        return byId(id).orElseThrow(() -> NotFound.of(Text.of("deze registratie", "this registration")));
    }

    /**
     * Whether the organisation is still registered, asked of the database itself (not a cache), so that a removal
     * shows on every node at once: a session token of a removed organisation must stop working everywhere. Asked at
     * every API call, so it is plain SQL on the primary key: as a JPQL count EclipseLink built the query's SQL anew at
     * each call (a third of this check's CPU in a flight recording of the launch benchmark), even as a named query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(TenantId id) {
        return !NativeSql.tenantless(em, "select 1 from tenant where id = ?").setParameter(1, id.value())
                .getResultList().isEmpty();
    }

    public Registration require(TenantId id) {
        return Registration.of(load(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> all() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream().map(Registration::of).toList();
    }

    /** Removes a registration with everything its organisation stored — the registration the operator saw. */
    public void remove(TenantId id, Precondition seen, Function<Registration, ?> shownAs) {
        var tenant = forChange(id, seen, shownAs);
        if (linkedTo(tenant) > 0) {
            throw new Conflict("registration-has-linked-registrations", new Text(
                    "Andere registraties zijn aan deze organisatie gekoppeld. Ontkoppel ze eerst.",
                    "Other registrations are linked to this organisation. Unlink them first."));
        }
        em.remove(tenant);
        LOG.info(() -> "Removed tenant " + id + " (" + tenant.issuer() + ")");
    }

    /** A platform added a deployment of Groeipad (e.g. Moodle at course-category level): accept its launches too. */
    public Registration acceptDeployment(TenantId id, Precondition seen, Function<Registration, ?> shownAs,
                                         String deploymentId) {
        var tenant = forChange(id, seen, shownAs);
        tenant.acceptDeployment(deploymentId);
        LOG.info(() -> "Tenant " + id + " accepts deployment " + deploymentId);
        return stored(tenant);
    }

    /**
     * Issue 8 §15: one organisation, several registrations. From now on the launches of registration {@code id} enter
     * the data of {@code organisationId}'s organisation (same people, courses, plans, intakes); its issuer, client_id,
     * key set and deployments stay its own. Both registrations are locked, so two links at once cannot make a chain;
     * a registration others are linked to cannot itself be linked.
     */
    public Registration linkToOrganisation(TenantId id, Precondition seen, Function<Registration, ?> shownAs,
                                           String organisationId) {
        var tenant = forChange(id, seen, shownAs);
        var organisation = organisationId == null ? null : parse(organisationId)
                .map(o -> TenantData.findForChange(em, Tenant.class, o.value())).orElse(null);
        if (organisation == null) {
            throw new InvalidField("organisationId", new Text("Kies een organisatie die bij Groeipad geregistreerd is.",
                    "Choose an organisation registered with Groeipad."));
        }
        if (linkedTo(tenant) > 0) {
            throw new Conflict("registration-has-linked-registrations", new Text(
                    "Andere registraties zijn aan deze organisatie gekoppeld. Koppel die aan de nieuwe organisatie.",
                    "Other registrations are linked to this organisation. Link those to the new organisation instead."));
        }
        tenant.linkTo(organisation);
        LOG.info(() -> "Registration " + id + " now launches into organisation " + organisation.id());
        return stored(tenant);
    }

    /** Its launches enter its own organisation again; what was recorded while linked stays with the other one. */
    public Registration unlinkFromOrganisation(TenantId id, Precondition seen, Function<Registration, ?> shownAs) {
        var tenant = forChange(id, seen, shownAs);
        tenant.unlink();
        LOG.info(() -> "Registration " + id + " launches into its own organisation again");
        return stored(tenant);
    }

    /** A change of a registration ended (committed or not): what was read while it ran is not kept. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void registrationsChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantsChanged change) {
        cache.changed();
    }

    private long linkedTo(Tenant organisation) {
        return em.createNamedQuery(Tenant.LINKED_TO, Long.class).setParameter("organisationId", organisation.id())
                .getSingleResult();
    }

    private static Optional<TenantId> parse(String id) {
        try {
            return Optional.of(TenantId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Registration rebrand(TenantId id, Precondition seen, Function<Registration, ?> shownAs, Theme theme,
                                String logoUrl) {
        var tenant = forChange(id, seen, shownAs);
        tenant.rebrand(theme, logoUrl);
        return stored(tenant);
    }

    private Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    private Tenant load(TenantId id) {
        return find(id).orElseThrow(() -> NotFound.of(Text.of("deze registratie", "this registration")));
    }

    /**
     * A tenant to change: locked for the rest of the transaction (changes of one tenant take turns, its version
     * rises once, also when only its deployments change), and refused (412) when the version the caller saw is
     * not the stored one, with the stored registration as the caller shows it.
     */
    private Tenant forChange(TenantId id, Precondition seen, Function<Registration, ?> shownAs) {
        var tenant = Optional.ofNullable(TenantData.findForChange(em, Tenant.class, id.value()))
                .orElseThrow(() -> NotFound.of(Text.of("deze registratie", "this registration")));
        seen.check(tenant.version(), tenant.label(), () -> shownAs.apply(Registration.of(tenant)));
        TenantData.willChange(em, tenant);
        cache.changing();
        changed.fire(new TenantsChanged());
        return tenant;
    }

    /** The registration as stored now: written first, so it shows the new version. */
    private Registration stored(Tenant tenant) {
        em.flush();
        return Registration.of(tenant);
    }
}
