package nl.groeipad.credential.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.groeipad.credential.control.IssuerKeys.Signing;
import nl.groeipad.credential.entity.BranchIssuer;
import nl.groeipad.credential.entity.BranchKey;
import nl.groeipad.credential.entity.CredentialLogo;
import nl.groeipad.credential.entity.LogoImage;
import nl.groeipad.credential.entity.LogoSnapshot;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.Versioned;

/**
 * Branch issuers and the organisation's logo for certificates, configured by the organisation's admins (a coach
 * hears 403, another organisation's admin 404: everything is read through the tenant's entity manager). Each branch
 * issuer has its own RSA 2048 signing keys, made by Groeipad: the newest not retired signs; a rotation retires it
 * and makes a new one; retired keys stay published in its JWKS so that what they signed stays verifiable.
 */
@ApplicationScoped
@Transactional
public class BranchIssuers {

    static final Text ISSUER = Text.of("deze branche", "this branch issuer");
    static final Text LOGO = Text.of("het logo op de certificaten", "the logo on the certificates");

    @Inject
    TenantData data;

    @Inject
    TenantScope scope;

    @Inject
    Clock clock;

    @Inject
    CourseAccess access;

    /** A branch issuer as its admin sees it; {@code version} is its ETag. Public addresses are at the tool's base URL. */
    public record BranchIssuerView(String id, String name, String url, boolean hasLogo, int version, String profile,
                                   String jwks, String logo, String revocationList, List<KeyView> keys,
                                   Instant retiredAt)
            implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    /** One signing key: active (signs now) or retired (still published). */
    public record KeyView(String id, boolean active, Instant createdAt, Instant retiredAt) {
    }

    /** What a coach chooses from when issuing a branch certificate. */
    public record Choice(String id, String name) {
    }

    /** The organisation's logo for certificates as its admin sees it: whether there is one; {@code version} its ETag. */
    public record LogoView(boolean present, String mediaType, int version) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    // ---- admins ---------------------------------------------------------------------------------

    public List<BranchIssuerView> list(Session session, String baseUrl) {
        access.requireAdmin(session);
        return all().stream().map(b -> view(b, baseUrl)).toList();
    }

    public BranchIssuerView create(Session session, String name, String url, String baseUrl) {
        access.requireAdmin(session);
        var issuer = BranchIssuer.of(name, url, clock.instant());
        data.em().persist(issuer);
        data.em().persist(newKey(issuer.id()));
        data.em().flush();
        return view(issuer, baseUrl);
    }

    public BranchIssuerView get(Session session, String issuerId, String baseUrl) {
        access.requireAdmin(session);
        return view(find(issuerId), baseUrl);
    }

    public BranchIssuerView describe(Session session, String issuerId, Precondition seen, String name, String url,
                                     String baseUrl) {
        var issuer = forChange(session, issuerId, seen, baseUrl);
        issuer.describe(name, url);
        return stored(issuer, baseUrl);
    }

    public BranchIssuerView logo(Session session, String issuerId, Precondition seen, byte[] bytes, String baseUrl) {
        var issuer = forChange(session, issuerId, seen, baseUrl);
        issuer.logo(LogoImage.of(bytes));
        return stored(issuer, baseUrl);
    }

    /** A new signing key for the branch issuer; the one that signed until now is retired (and stays published). */
    public BranchIssuerView rotateKey(Session session, String issuerId, Precondition seen, String baseUrl) {
        var issuer = forChange(session, issuerId, seen, baseUrl);
        var now = clock.instant();
        keysOf(issuer.id()).forEach(k -> k.retire(now));
        data.em().persist(newKey(issuer.id()));
        return stored(issuer, baseUrl);
    }

    /**
     * Retires a branch issuer: it is no longer offered when issuing and no longer changed (409 {@code issuer-retired}
     * afterwards); the certificates issued under it stay verifiable, its keys stay published.
     */
    public BranchIssuerView retire(Session session, String issuerId, Precondition seen, String baseUrl) {
        access.requireAdmin(session);
        var issuer = data.findForChange(BranchIssuer.class, issuerId).orElseThrow(() -> NotFound.of(ISSUER));
        seen.check(issuer.version(), label(issuer), () -> view(issuer, baseUrl));
        data.willChange(issuer);
        issuer.retire(clock.instant());
        return stored(issuer, baseUrl);
    }

    public LogoView organisationLogo(Session session) {
        access.requireAdmin(session);
        return storedLogo().map(l -> new LogoView(true, l.mediaType(), l.version())).orElse(new LogoView(false, null, 0));
    }

    /** Uploads (or replaces) the organisation's logo for certificates; If-Match names the version shown (0: none yet). */
    public LogoView organisationLogo(Session session, Precondition seen, byte[] bytes) {
        access.requireAdmin(session);
        var existing = storedLogo().map(l -> TenantData.findForChange(data.em(), CredentialLogo.class, idOf(l)));
        var version = existing.map(CredentialLogo::version).orElse(0);
        seen.check(version, LOGO, () -> existing.map(l -> new LogoView(true, l.mediaType(), l.version()))
                .orElse(new LogoView(false, null, 0)));
        var image = LogoImage.of(bytes);
        CredentialLogo logo;
        if (existing.isPresent()) {
            logo = existing.get();
            logo.replace(image, clock.instant());
            data.willChange(logo);
        } else {
            logo = new CredentialLogo(image, clock.instant());
            data.em().persist(logo);
        }
        data.em().flush();
        return new LogoView(true, logo.mediaType(), logo.version());
    }

    // ---- coaches --------------------------------------------------------------------------------

    /** The branch issuers a coach may issue under (coaches and admins; a participant hears 403). */
    public List<Choice> choices(Session session) {
        access.requireCoach(session);
        return all().stream().filter(b -> !b.retired()).map(b -> new Choice(b.id(), b.name())).toList();
    }

    /**
     * The branch issuer named when issuing: 400 naming {@code branchIssuerId} when it is not one of this organisation,
     * 409 {@code issuer-retired} when it is retired.
     */
    BranchIssuer forIssuing(String issuerId) {
        var issuer = byId(issuerId).orElseThrow(() -> new InvalidField("branchIssuerId",
                Text.of("Kies een branche uit de lijst.", "Choose a branch issuer from the list.")));
        issuer.requireActive();
        return issuer;
    }

    /** The organisation's logo for certificates as it is now, kept for good (a {@link LogoSnapshot} id); null: none. */
    String organisationLogoSnapshot() {
        return storedLogo().map(l -> snapshot(l.mediaType(), l.content())).orElse(null);
    }

    /** A branch issuer's logo as it is now, kept for good (a {@link LogoSnapshot} id); null: it has none. */
    String logoSnapshot(BranchIssuer issuer) {
        return issuer.hasLogo() ? snapshot(issuer.logoType(), issuer.logoBytes()) : null;
    }

    /** The bytes of a kept logo (null id or unknown: none). */
    Optional<byte[]> snapshotBytes(String snapshotId) {
        return snapshotId == null ? Optional.empty()
                : Optional.ofNullable(data.em().find(LogoSnapshot.class, snapshotId)).map(LogoSnapshot::content);
    }

    private String snapshot(String mediaType, byte[] bytes) {
        var existing = data.em().createNamedQuery(LogoSnapshot.BY_HASH, LogoSnapshot.class)
                .setParameter("sha256", LogoSnapshot.hash(bytes)).setMaxResults(1).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var kept = new LogoSnapshot(mediaType, bytes, clock.instant());
        data.em().persist(kept);
        return kept.id();
    }

    /** The key that signs for a branch issuer now (made if it has none). */
    Signing signingKey(String issuerId) {
        return keysOf(issuerId).stream().filter(BranchKey::active).findFirst()
                .map(k -> new Signing(k.id(), parse(k.jwk())))
                .orElseGet(() -> {
                    var key = newKey(issuerId);
                    data.em().persist(key);
                    data.em().flush();
                    return new Signing(key.id(), parse(key.jwk()));
                });
    }

    // ---- public (the boundary has fixed the organisation from the address) ---------------------

    public Optional<BranchIssuer> byId(String issuerId) {
        if (issuerId == null || issuerId.length() != 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(data.em().find(BranchIssuer.class, issuerId));
    }

    /** A branch issuer's public keys (active and retired), each with its {@code kid} as the URL credentials name. */
    public JWKSet publicKeys(String issuerId, CredentialUrls urls) {
        return new JWKSet(keysOf(issuerId).stream().map(k -> (JWK) new RSAKey.Builder(parse(k.jwk()).toPublicJWK())
                .keyID(urls.branchKid(issuerId, k.id())).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build())
                .toList());
    }

    /** The organisation's logo for certificates, if it uploaded one. */
    public Optional<byte[]> organisationLogoBytes() {
        return storedLogo().map(CredentialLogo::content);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private List<BranchIssuer> all() {
        return data.em().createNamedQuery(BranchIssuer.ALL, BranchIssuer.class).getResultList();
    }

    private BranchIssuer find(String issuerId) {
        return byId(issuerId).orElseThrow(() -> NotFound.of(ISSUER));
    }

    private BranchIssuer forChange(Session session, String issuerId, Precondition seen, String baseUrl) {
        access.requireAdmin(session);
        var issuer = data.findForChange(BranchIssuer.class, issuerId).orElseThrow(() -> NotFound.of(ISSUER));
        seen.check(issuer.version(), label(issuer), () -> view(issuer, baseUrl));
        issuer.requireActive();
        data.willChange(issuer);
        return issuer;
    }

    private static Text label(BranchIssuer issuer) {
        return Text.of("de branche ‘" + issuer.name() + "’", "the branch issuer ‘" + issuer.name() + "’");
    }

    private BranchIssuerView stored(BranchIssuer issuer, String baseUrl) {
        data.em().flush();
        return view(issuer, baseUrl);
    }

    private Optional<CredentialLogo> storedLogo() {
        return data.em().createNamedQuery(CredentialLogo.OF_ORGANISATION, CredentialLogo.class).getResultStream().findFirst();
    }

    private static String idOf(CredentialLogo logo) {
        return logo.id();
    }

    private List<BranchKey> keysOf(String issuerId) {
        return data.em().createNamedQuery(BranchKey.OF_ISSUER, BranchKey.class).setParameter("issuerId", issuerId)
                .getResultList();
    }

    private BranchKey newKey(String issuerId) {
        try {
            var id = Ids.newId();
            var key = new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).generate();
            return new BranchKey(id, issuerId, key.toJSONString(), clock.instant());
        } catch (JOSEException e) {
            throw new IllegalStateException("no branch issuer key could be made", e);
        }
    }

    private BranchIssuerView view(BranchIssuer b, String baseUrl) {
        var urls = new CredentialUrls(baseUrl, scope.require().value());
        return new BranchIssuerView(b.id(), b.name(), b.url(), b.hasLogo(), b.version(), urls.branchIssuer(b.id()),
                urls.branchJwks(b.id()), b.hasLogo() ? urls.branchLogo(b.id()) : null,
                urls.branchRevocationList(b.id()),
                keysOf(b.id()).stream().map(k -> new KeyView(k.id(), k.active(), k.createdAt(), k.retiredAt())).toList(),
                b.retiredAt());
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored branch issuer key cannot be read", e);
        }
    }
}
