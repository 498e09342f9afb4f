package nl.groeipad.credential.control;

import com.nimbusds.jose.JOSEException;
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
import java.util.List;
import nl.groeipad.credential.entity.IssuerKey;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Ids;

/**
 * Each organisation's key for signing its credentials: RSA 2048, made when it first issues and stored (with its
 * private part) in {@code credential_issuer_key}, so every node signs with the same one. Its public part is
 * published at {@code /credentials/{tenantId}/jwks}; a credential's {@code kid} is that address with the key's id as
 * fragment, and the JWK in the set carries that same {@code kid}.
 */
@ApplicationScoped
@Transactional
public class IssuerKeys {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    /** The key of the current organisation, made now if it has none (two first issues at once: one wins, 409 for the other). */
    public Signing signingKey() {
        var existing = keys();
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        try {
            var id = Ids.newId();
            var key = new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).generate();
            var stored = new IssuerKey(id, key.toJSONString(), clock.instant());
            data.em().persist(stored);
            data.em().flush();
            return new Signing(id, key);
        } catch (JOSEException e) {
            throw new IllegalStateException("no issuer key could be made", e);
        }
    }

    /** A signing key and its id. */
    public record Signing(String id, RSAKey key) {
    }

    /** The public keys of the current organisation, each with its {@code kid} as the URL credentials name. */
    public JWKSet publicKeys(CredentialUrls urls) {
        return new JWKSet(keys().stream().map(k -> (JWK) new RSAKey.Builder(k.key().toPublicJWK())
                .keyID(urls.kid(k.id())).keyUse(KeyUse.SIGNATURE)
                .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).build()).toList());
    }

    private List<Signing> keys() {
        return data.em().createNamedQuery(IssuerKey.ALL, IssuerKey.class).getResultList().stream()
                .map(k -> new Signing(k.id(), parse(k.jwk()))).toList();
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored issuer key cannot be read", e);
        }
    }
}
