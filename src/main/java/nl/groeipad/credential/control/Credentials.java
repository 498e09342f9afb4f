package nl.groeipad.credential.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.credential.control.CredentialViews.CredentialView;
import nl.groeipad.credential.control.CredentialViews.External;
import nl.groeipad.credential.control.CredentialViews.Links;
import nl.groeipad.credential.control.CredentialViews.StatusView;
import nl.groeipad.credential.control.CredentialViews.VerificationView;
import nl.groeipad.credential.entity.Achieved;
import nl.groeipad.credential.entity.Celebration;
import nl.groeipad.credential.entity.CredentialDocument;
import nl.groeipad.credential.entity.Document;
import nl.groeipad.credential.entity.Credential;
import nl.groeipad.credential.entity.CredentialState;
import nl.groeipad.credential.entity.PublicIds;
import nl.groeipad.credential.entity.Revocation;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.people.control.People;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Access.Owner;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.CourseId;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.UserId;
import nl.groeipad.route.control.Routes;
import nl.groeipad.route.control.RouteViews.RouteView;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.Theme;

/**
 * Certificates and registered proof of the caller's organisation, with who may do what ({@link CourseAccess}):
 * <ul>
 *   <li>the coach (or admin) of the course issues a certificate to a participant of it, for the participant's active
 *       route, with the route's target competencies and levels and a personal message, and revokes one with a
 *       reason; a participant hears 403, another course's coach 404;</li>
 *   <li>the participant reads their own ("Mijn diploma's en bewijzen") and downloads the PDF; another participant
 *       hears 404;</li>
 *   <li>anyone reads the public forms of a credential by its public id (verification, status, Open Badges): the
 *       boundary fixes the organisation from the address first, so ids of another organisation are unknown.</li>
 * </ul>
 * Issuing needs a recorded passed completion or assessment of the route or goal ({@link Completions}), which could
 * only be planned when concluded observations met every target level.
 */
@ApplicationScoped
@Transactional
public class Credentials {

    static final Text CREDENTIAL = Text.of("dit certificaat", "this certificate");
    static final Text PARTICIPANT = Text.of("deze deelnemer", "this participant");

    @Inject
    TenantScope scope;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    CourseAccess access;

    @Inject
    People people;

    @Inject
    Routes routes;

    @Inject
    TenantRegistry registry;

    @Inject
    IssuerKeys keys;

    @Inject
    Completions completions;

    @Inject
    BranchIssuers branches;

    /**
     * What a coach asks to issue: for the participant's active route ({@code routeId} optional, checked when given),
     * or for one goal of their plan ({@code goalId}: the goal's competency and level); {@code kind} "own" (or none) or
     * "branch" with the {@code branchIssuerId} it is issued under.
     */
    public record IssueCertificate(String routeId, String goalId, String message, String kind, String branchIssuerId) {
        public IssueCertificate(String routeId, String message) {
            this(routeId, null, message, null, null);
        }

        public IssueCertificate(String routeId, String goalId, String message) {
            this(routeId, goalId, message, null, null);
        }

        public IssueCertificate(String routeId, String message, String kind, String branchIssuerId) {
            this(routeId, null, message, kind, branchIssuerId);
        }
    }

    // ---- coach ----------------------------------------------------------------------------------

    /** Issues a certificate to a participant of the caller's course for their active route; signed and stored at once. */
    public CredentialView issue(Session session, String courseId, String participantId, IssueCertificate command,
                                String baseUrl) {
        access.participantOf(session, courseId, participantId);
        Credential.Subject subject;
        if (command.goalId() != null && !command.goalId().isBlank()) {
            var goal = completions.goal(session, courseId, participantId, command.goalId().strip());
            completions.requirePassed(session, courseId, participantId, "goal", goal.id());
            subject = new Credential.Subject("goal", goal.id(), goal.title(), null, null, null, null,
                    List.of(new Achieved(goal.competencyKey(), null, goal.competencyTitle(), Level.valueOf(goal.level()))));
        } else {
            var route = routes.activeRouteOf(session, courseId, participantId).orElseThrow(() -> new InvalidField(
                    "routeId", Text.of("Deze deelnemer heeft nog geen route. Geef eerst een route.",
                            "This participant has no route yet. Give a route first.")));
            if (command.routeId() != null && !command.routeId().isBlank() && !command.routeId().equals(route.id())) {
                throw new InvalidField("routeId", Text.of("Kies de route die deze deelnemer nu volgt.",
                        "Choose the route this participant follows now."));
            }
            completions.requirePassed(session, courseId, participantId, "route", route.id());
            subject = subject(route);
        }
        var recipient = people.nameAndEmail(participantId).orElseThrow(() -> NotFound.of(PARTICIPANT));
        var coach = people.nameAndEmail(session.userId()).map(People.NameAndEmail::name).orElse(null);
        var organisation = registry.require(session.tenant());
        var credential = Credential.issue(
                new Credential.Recipient(courseId, participantId, recipient.name(), recipient.email()),
                subject, new Credential.Issuer(session.userId(), coach, organisation.name(), baseUrl),
                command.message(), clock.instant());
        var urls = new CredentialUrls(baseUrl, session.tenant().value());
        if (branchKind(command.kind())) {
            var branch = branches.forIssuing(command.branchIssuerId());
            credential.underBranch(branch.id(), branch.name(), branch.url());
            credential.withLogos(branches.organisationLogoSnapshot(), branches.logoSnapshot(branch));
            var key = branches.signingKey(branch.id());
            credential.sign(key.id(), OpenBadges.sign(OpenBadges.ob3(credential, urls), key.key(),
                    urls.branchKid(branch.id(), key.id())));
        } else {
            credential.withLogos(branches.organisationLogoSnapshot(), null);
            var key = keys.signingKey();
            credential.sign(key.id(), OpenBadges.sign(OpenBadges.ob3(credential, urls), key.key(), urls.kid(key.id())));
        }
        data.em().persist(credential);
        return view(credential, null, session.language());
    }

    /** "own" (or nothing) or "branch"; anything else is 400 naming {@code kind}. */
    private static boolean branchKind(String kind) {
        if (kind == null || kind.isBlank() || "own".equals(kind)) {
            return false;
        }
        if ("branch".equals(kind)) {
            return true;
        }
        throw new InvalidField("kind", Text.of("Kies ‘eigen certificaat’ of ‘branchecertificaat’.",
                "Choose ‘own certificate’ or ‘branch certificate’."));
    }

    /** Revokes a certificate of a participant of the caller's course, with a reason: once (then 409 already-revoked). */
    public CredentialView revoke(Session session, String credentialId, String reason) {
        access.requireRole(session, Work.COACH);
        var credential = find(credentialId);
        access.require(session, owner(credential), Work.COACH, CREDENTIAL);
        if (revocation(credential.id()).isPresent()) {
            throw new Conflict("already-revoked", Text.of("Dit certificaat is al ingetrokken.",
                    "This certificate has already been revoked."));
        }
        var by = people.nameAndEmail(session.userId()).map(People.NameAndEmail::name).orElse(null);
        var revocation = Revocation.of(credential, reason, session.userId(), by, clock.instant());
        data.em().persist(revocation);
        data.em().flush(); // two revocations at once: the primary key decides here (409)
        return view(credential, revocation, session.language());
    }

    /** A participant's credentials in the caller's course, newest first (coach). */
    public List<CredentialView> ofParticipant(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        return views(data.em().createNamedQuery(Credential.OF_PARTICIPANT, Credential.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList(),
                session.language());
    }

    /** Registers proof obtained elsewhere for a participant of the caller's course (coach). */
    public CredentialView registerFor(Session session, String courseId, String participantId, Credential.External proof) {
        access.participantOf(session, courseId, participantId);
        return register(session, courseId, participantId, proof);
    }

    // ---- participant ----------------------------------------------------------------------------

    /** Registers proof obtained elsewhere for oneself, in the course one launched from (participant). */
    public CredentialView registerMine(Session session, Credential.External proof) {
        var owner = access.self(session);
        return register(session, owner.course().value(), session.userId(), proof);
    }

    /** "Mijn diploma's en bewijzen": all the caller's credentials in the organisation, newest first. */
    public List<CredentialView> mine(Session session) {
        access.self(session);
        return views(data.em().createNamedQuery(Credential.ALL_OF_PERSON, Credential.class)
                .setParameter("participantId", session.userId()).getResultList(), session.language());
    }

    // ---- participant and coach ------------------------------------------------------------------

    /**
     * The participant has seen the celebration of their certificate: their home celebrates it no more. Once is
     * enough; saying it again changes nothing.
     */
    public void celebrated(Session session, String credentialId) {
        var owner = access.self(session);
        var credential = find(credentialId);
        access.require(session, owner(credential), Work.OWN, CREDENTIAL);
        if (data.em().find(Celebration.class, credential.id()) == null) {
            data.em().persist(new Celebration(credential, clock.instant()));
        }
    }

    /** One credential: its participant and the coach of its course. */
    public CredentialView credential(Session session, String credentialId) {
        var credential = readable(session, credentialId);
        return view(credential, revocation(credential.id()).orElse(null), session.language());
    }

    /** Adds the document (PDF, JPEG, PNG ≤ 5 MB) to registered proof, once (then 409 document-exists). */
    public CredentialView addDocument(Session session, String credentialId, byte[] bytes) {
        var credential = readable(session, credentialId);
        var document = Document.of(bytes);
        if (data.em().find(CredentialDocument.class, credential.id()) != null) {
            throw new Conflict("document-exists", Text.of("Bij dit bewijs staat al een bestand.",
                    "This proof already has a file."));
        }
        data.em().persist(new CredentialDocument(credential, document, clock.instant()));
        data.em().flush(); // two uploads at once: the primary key decides here (409)
        return view(credential, null, session.language());
    }

    /** The uploaded document of registered proof: its participant and the coach of its course. */
    public Document document(Session session, String credentialId) {
        var credential = readable(session, credentialId);
        var document = Optional.ofNullable(data.em().find(CredentialDocument.class, credential.id()))
                .orElseThrow(() -> NotFound.of(Text.of("dit bestand", "this file")));
        return new Document(document.content(), document.mediaType());
    }

    /** The PDF of a certificate we issued, in "nl" or "en". */
    public byte[] pdf(Session session, String credentialId, String language) {
        var credential = readable(session, credentialId);
        if (!credential.kind().issuedByUs()) {
            throw NotFound.of(CREDENTIAL);
        }
        var urls = new CredentialUrls(credential.baseUrl(), session.tenant().value());
        // the logos it was issued with (kept since V27), never the ones uploaded since
        return CertificatePdf.render(credential, language, colour(session.tenant()), urls.page(credential.id()),
                new CertificatePdf.Logos(branches.snapshotBytes(credential.organisationLogoId()).orElse(null),
                        branches.snapshotBytes(credential.branchLogoId()).orElse(null)));
    }

    // ---- public (the boundary has fixed the organisation from the address) ---------------------

    /** A certificate by its public id in the current organisation; empty for anything else (also registered proof). */
    public Optional<Issued> issued(String publicId) {
        if (!PublicIds.wellFormed(publicId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(data.em().find(Credential.class, publicId)).filter(c -> c.kind().issuedByUs())
                .map(c -> new Issued(c, revocation(c.id()).orElse(null)));
    }

    /** A certificate with its revocation (null when none), for the public forms. */
    public record Issued(Credential credential, Revocation revocation) {
        public CredentialState state(java.time.Instant now) {
            return credential.state(revocation, now);
        }
    }

    public VerificationView verification(Issued issued, TenantId tenant, String language) {
        var c = issued.credential();
        var urls = new CredentialUrls(c.baseUrl(), tenant.value());
        var state = issued.state(clock.instant());
        return new VerificationView(c.id(), CredentialViews.lower(state), state == CredentialState.VALID, c.title(),
                c.participantName(), c.issuerName(), OpenBadges.issuerId(c, urls), c.recordedByName(), c.issuedAt(),
                c.validUntil(), CredentialViews.revokedAt(issued.revocation()),
                CredentialViews.reason(issued.revocation()), CredentialViews.achieved(c, language), urls.ob3(c.id()),
                urls.assertion(c.id()));
    }

    public StatusView status(Issued issued, TenantId tenant) {
        var c = issued.credential();
        var urls = new CredentialUrls(c.baseUrl(), tenant.value());
        var state = issued.state(clock.instant());
        return new StatusView(urls.status(c.id()), urls.page(c.id()), CredentialViews.lower(state),
                issued.revocation() != null, CredentialViews.revokedAt(issued.revocation()),
                CredentialViews.reason(issued.revocation()));
    }

    /** Whether an organisation with this id is registered (public addresses name it). */
    public boolean organisationExists(TenantId tenant) {
        return registry.exists(tenant);
    }

    /** The badge image of a certificate, baked with its OB 2.0 assertion when {@code baked}. */
    public byte[] badge(Issued issued, TenantId tenant, boolean baked) {
        var png = BadgeImage.png(colour(tenant));
        if (!baked) {
            return png;
        }
        var c = issued.credential();
        return BadgeImage.bake(png, OpenBadges.assertion(c, new CredentialUrls(c.baseUrl(), tenant.value())).toString());
    }

    /** The organisation's name, for its public issuer profile. */
    public String organisationName(TenantId tenant) {
        return registry.require(tenant).name();
    }

    /** The organisation's colour for its certificates and badges (readable in black and white). */
    public Color colour(TenantId tenant) {
        return registry.byId(tenant).map(r -> r.theme() == Theme.HIGH_CONTRAST ? Color.BLACK : null)
                .orElse(new Color(0x0A, 0x6B, 0x4F));
    }

    public com.nimbusds.jose.jwk.JWKSet publicKeys(CredentialUrls urls) {
        return keys.publicKeys(urls);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Credential readable(Session session, String credentialId) {
        access.requireRole(session, Work.READ);
        var credential = find(credentialId);
        access.require(session, owner(credential), Work.READ, CREDENTIAL);
        return credential;
    }

    private Credential find(String credentialId) {
        if (!PublicIds.wellFormed(credentialId)) {
            throw NotFound.of(CREDENTIAL);
        }
        return Optional.ofNullable(data.em().find(Credential.class, credentialId))
                .orElseThrow(() -> NotFound.of(CREDENTIAL));
    }

    private static Owner owner(Credential c) {
        return new Owner(CourseId.of(c.courseId()), UserId.of(c.participantId()));
    }

    private Optional<Revocation> revocation(String credentialId) {
        return Optional.ofNullable(data.em().find(Revocation.class, credentialId));
    }

    private CredentialView register(Session session, String courseId, String participantId, Credential.External proof) {
        var recipient = people.nameAndEmail(participantId).orElseThrow(() -> NotFound.of(PARTICIPANT));
        var by = people.nameAndEmail(session.userId()).map(People.NameAndEmail::name).orElse(null);
        var organisation = registry.require(session.tenant());
        var credential = Credential.register(new Credential.Recipient(courseId, participantId, recipient.name(), null),
                proof, new Credential.Issuer(session.userId(), by, organisation.name(), null), clock.instant(),
                LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))));
        data.em().persist(credential);
        return view(credential, null, false, false, session.language());
    }

    private List<CredentialView> views(List<Credential> credentials, String language) {
        if (credentials.isEmpty()) {
            return List.of();
        }
        Map<String, Revocation> revoked = data.em().createNamedQuery(Revocation.OF_CREDENTIALS, Revocation.class)
                .setParameter("ids", credentials.stream().map(Credential::id).toList()).getResultStream()
                .collect(Collectors.toMap(Revocation::credentialId, Function.identity()));
        var celebrated = new java.util.HashSet<>(data.em().createNamedQuery(Celebration.OF_CREDENTIALS, String.class)
                .setParameter("ids", credentials.stream().map(Credential::id).toList()).getResultList());
        var documents = new java.util.HashSet<>(data.em().createNamedQuery(CredentialDocument.OF_CREDENTIALS, String.class)
                .setParameter("ids", credentials.stream().map(Credential::id).toList()).getResultList());
        return credentials.stream().map(c -> view(c, revoked.get(c.id()), celebrated.contains(c.id()),
                documents.contains(c.id()), language)).toList();
    }

    private CredentialView view(Credential c, Revocation revocation, String language) {
        return view(c, revocation, data.em().find(Celebration.class, c.id()) != null,
                !c.kind().issuedByUs() && data.em().find(CredentialDocument.class, c.id()) != null, language);
    }

    private CredentialView view(Credential c, Revocation revocation, boolean celebrated, boolean hasDocument,
                                String language) {
        var tenant = scope.require().value();
        Links links = null;
        if (c.kind().issuedByUs()) {
            var urls = new CredentialUrls(c.baseUrl(), tenant);
            links = new Links(urls.page(c.id()), urls.assertion(c.id()), urls.badgeImage(c.id()), urls.ob3(c.id()),
                    "/api/v1/credentials/" + c.id() + "/pdf");
        }
        External external = c.kind().issuedByUs() ? null : new External(c.institution(), c.qualification(), c.crebo(),
                c.certificateNumber(), c.obtainedOn(), hasDocument);
        return new CredentialView(c.id(), c.kind().code(),
                c.kind().issuedByUs(), c.title(), c.participantId(), c.participantName(), c.courseId(), c.issuedAt(),
                c.recordedByName(), c.organisationName(), c.message(), CredentialViews.achieved(c, language),
                CredentialViews.lower(c.state(revocation, clock.instant())), CredentialViews.revokedAt(revocation),
                CredentialViews.reason(revocation), celebrated, links, external);
    }

    private static Credential.Subject subject(RouteView route) {
        List<Achieved> achieved = route.targets().stream()
                .map(t -> new Achieved(t.competencyKey(), t.competencyId(), t.competencyTitle(), Level.valueOf(t.level())))
                .toList();
        return new Credential.Subject("route", route.id(), route.title(), route.description(), null,
                route.framework().key(), route.framework().title(), achieved);
    }
}
