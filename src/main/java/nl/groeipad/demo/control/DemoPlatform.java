package nl.groeipad.demo.control;

import nl.groeipad.platform.control.AppSettings;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.groeipad.platform.control.UniqueKeyViolation;
import nl.groeipad.platform.entity.Problems.Conflict;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.control.Registration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in test platform of demo mode. It plays the LMS: it is registered as a tenant, answers the OIDC
 * authentication request like Moodle does (an id_token with {@code exp = iat + 60}) and publishes its key.
 * The key is kept in the database so that restarts and cluster nodes agree on it.
 */
@ApplicationScoped
@Transactional
public class DemoPlatform {

    public static final String CLIENT_ID = "groeipad-demo";
    public static final String DEPLOYMENT_ID = "demo";
    /** The demo course as the test platform names it in every launch (the LMS's context). */
    public static final String CONTEXT_ID = "demo-cursus";
    public static final String COURSE_LABEL = "DEMO";
    public static final String COURSE_TITLE = "Demo: werken in de groenvoorziening";
    private static final String KEY_SETTING = "demo-platform-jwk";

    /** The people one can try Groeipad as. */
    public enum Persona {
        PARTICIPANT("demo-deelnemer-1", "Sam", "de Vries", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
        COACH("demo-begeleider-1", "Noor", "Jansen", "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
        /** The organisation's functional administrator: the coach's screens plus the organisation's house style. */
        ADMIN("demo-beheerder-1", "Fatima", "El Amrani",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator");

        final String subject;
        final String givenName;
        final String familyName;
        final String role;

        Persona(String subject, String givenName, String familyName, String role) {
            this.subject = subject;
            this.givenName = givenName;
            this.familyName = familyName;
            this.role = role;
        }

        public static Optional<Persona> byHint(String hint) {
            for (var p : values()) {
                if (p.name().equalsIgnoreCase(hint)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    @Inject
    @ConfigProperty(name = "groeipad.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    TenantRegistry registry;

    @Inject
    Clock clock;

    @Inject
    AppSettings settings;

    private volatile RSAKey key;

    public boolean enabled() {
        return enabled;
    }

    public String issuer(String base) {
        return base + "/demo";
    }

    /**
     * The demo platform's registration, created at first use for this public base URL. Visitors who start the demo
     * at the same first moment race to create it: the registration runs in a transaction of its own, and whoever
     * loses — to the unique key, or to the registry's own check when the winner committed in between — simply finds
     * the winner's (before: a 500).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Registration registration(String base) {
        var demo = new PlatformRegistration("Groeipad demo", issuer(base), CLIENT_ID, base + "/demo/auth",
                null, base + "/demo/jwks", List.of(DEPLOYMENT_ID), "groeipad-demo");
        try {
            return registry.ensure(demo, RegistrationKind.DEMO);
        } catch (RuntimeException raced) {
            var lost = UniqueKeyViolation.in(raced)
                    || raced instanceof Conflict c && "registration-exists".equals(c.type());
            if (!lost) {
                throw raced;
            }
            return registry.byRegistration(demo.issuer(), demo.clientId()).orElseThrow(() -> raced);
        }
    }

    public JWKSet publicKeys() {
        return new JWKSet(key().toPublicJWK());
    }

    /** The id_token a real LMS would post for this persona, as an LtiResourceLinkRequest. */
    public String idToken(String base, Persona persona, String nonce, String language) {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer(base)).audience(CLIENT_ID).subject(persona.subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofSeconds(60))))
                .claim("nonce", nonce)
                .claim("given_name", persona.givenName).claim("family_name", persona.familyName)
                .claim("name", persona.givenName + " " + persona.familyName)
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", DEPLOYMENT_ID)
                .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", base + "/lti/launch")
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link",
                        Map.of("id", "demo-activiteit", "title", "Groeipad"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/roles", List.of(persona.role))
                .claim("https://purl.imsglobal.org/spec/lti/claim/context",
                        Map.of("id", CONTEXT_ID, "label", COURSE_LABEL, "title", COURSE_TITLE,
                                "type", List.of("CourseSection")))
                .claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
                        Map.of("locale", "en".equals(language) ? "en" : "nl", "document_target", "window"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/tool_platform",
                        Map.of("name", "Groeipad demo", "product_family_code", "groeipad-demo"))
                .build();
        var signing = key();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signing));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private RSAKey key() {
        var k = key;
        if (k == null) {
            k = loadOrCreateKey();
            key = k;
        }
        return k;
    }

    private RSAKey loadOrCreateKey() {
        var json = settings.getOrCreate(KEY_SETTING, () -> {
            try {
                return new RSAKeyGenerator(2048).keyID("demo-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).generate().toJSONString();
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot generate the demo platform key", e);
            }
        });
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("demo platform key unusable", e);
        }
    }
}
