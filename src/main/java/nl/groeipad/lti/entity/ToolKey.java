package nl.groeipad.lti.entity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One RSA key of the tool (2048 bits or more), used to sign deep-linking responses and service client assertions; the
 * MAC secret of the session tokens, login states and signed forms issued while it is active is derived from it
 * ({@link #sessionTokenSecret()}).
 *
 * <p>Life cycle (rotation without breaking anyone): a key is born {@code NEXT} and published at
 * {@code /lti/jwks} before it signs anything, so platforms that cache our key set already know it; rotation
 * makes it {@code ACTIVE}; the former active key becomes {@code RETIRED} and stays published until
 * everything it signed has expired ({@code retireUntil}); then it is dropped.
 */
@Entity
@Table(name = "tool_key")
@NamedQuery(name = ToolKey.ALL, query = "select k from ToolKey k order by k.createdAt")
@NamedQuery(name = ToolKey.EXPIRED, query = "select k from ToolKey k where k.status = nl.groeipad.lti.entity.ToolKey.Status.RETIRED"
        + " and k.retireUntil <= :now")
public class ToolKey {

    public static final String ALL = "ToolKey.all";
    public static final String EXPIRED = "ToolKey.expired";
    public static final int KEY_SIZE = 2048;

    public enum Status { NEXT, ACTIVE, RETIRED }

    @Id
    private String kid;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String jwk;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "retire_until")
    private Instant retireUntil;

    protected ToolKey() {
    }

    private ToolKey(RSAKey key, Instant now) {
        this.kid = key.getKeyID();
        this.jwk = key.toJSONString();
        this.status = Status.NEXT;
        this.createdAt = now;
    }

    public static ToolKey generate(Instant now) {
        try {
            var key = new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            return new ToolKey(key, now);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    public void activate(Instant now) {
        if (status != Status.NEXT) {
            throw new IllegalStateException("only the next key can become active");
        }
        status = Status.ACTIVE;
        activatedAt = now;
    }

    public void retire(Instant publishedUntil) {
        status = Status.RETIRED;
        retireUntil = publishedUntil;
    }

    /** Published at /lti/jwks: next and active keys, and retired keys until their signatures have expired. */
    public boolean publishedAt(Instant now) {
        return status != Status.RETIRED || retireUntil != null && now.isBefore(retireUntil);
    }

    public RSAKey privateKey() {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("stored key " + kid + " is unreadable", e);
        }
    }

    public RSAKey publicKey() {
        return privateKey().toPublicJWK();
    }

    /**
     * The HMAC-SHA256 secret (256 bits) of the session tokens this key stands for: derived from the private key, so
     * it is as secret as the key, lives and rotates with it, and every node that reads the key ring has it — no
     * secret of its own to store. HMAC-SHA256 keyed with the private exponent over a fixed label and the kid is a
     * pseudo-random function of a secret of 2048 bits: the secret tells nothing about the key or another key's secret.
     */
    public byte[] sessionTokenSecret() {
        return sessionTokenSecret(privateKey());
    }

    static final String SESSION_TOKEN_LABEL = "groeipad session token HS256 v1/";

    static byte[] sessionTokenSecret(RSAKey key) {
        if (key.getPrivateExponent() == null) {
            throw new IllegalStateException("key " + key.getKeyID() + " has no private part");
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getPrivateExponent().decode(), "HmacSHA256"));
            return mac.doFinal((SESSION_TOKEN_LABEL + key.getKeyID()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the session token secret", e);
        }
    }

    public String kid() {
        return kid;
    }

    public Status status() {
        return status;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
