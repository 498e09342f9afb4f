package nl.groeipad.credential.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.groeipad.credential.entity.Credential;
import nl.groeipad.credential.entity.Revocation;
import nl.groeipad.platform.control.TenantData;

/**
 * The 1EdTech revocation lists of the current organisation (the boundary fixed it from the public address): one for
 * the certificates it issued itself, one per branch issuer. A revocation shows in its issuer's list at once.
 * Each credential is named by its {@code id} (its public verification page), nothing else of the participant.
 * Plain JSON, or signed by the list's issuer as a JWT ({@code Accept: application/jwt}).
 */
@ApplicationScoped
@Transactional
public class RevocationLists {

    @Inject
    TenantData data;

    @Inject
    IssuerKeys keys;

    @Inject
    BranchIssuers branches;

    @Inject
    Clock clock;

    /** The organisation's own list (its own certificates, also those issued before the list existed). */
    public JsonObject own(CredentialUrls urls) {
        return OpenBadges.revocationListDocument(urls.revocationList(), urls.issuer(), revoked(null, urls));
    }

    /** A branch issuer's list. */
    public JsonObject branch(String branchId, CredentialUrls urls) {
        return OpenBadges.revocationListDocument(urls.branchRevocationList(branchId), urls.branchIssuer(branchId),
                revoked(branchId, urls));
    }

    /** The organisation's own list, signed with its key (the one its certificates name in their {@code kid}). */
    public String ownSigned(CredentialUrls urls) {
        var key = keys.signingKey();
        return OpenBadges.signRevocationList(own(urls), key.key(), urls.kid(key.id()), clock.instant());
    }

    /** A branch issuer's list, signed with its key that signs now (published in its JWKS). */
    public String branchSigned(String branchId, CredentialUrls urls) {
        var key = branches.signingKey(branchId);
        return OpenBadges.signRevocationList(branch(branchId, urls), key.key(), urls.branchKid(branchId, key.id()),
                clock.instant());
    }

    private List<String[]> revoked(String branchId, CredentialUrls urls) {
        var jpql = "select c, r from Credential c, Revocation r where r.credentialId = c.id and "
                + (branchId == null ? "c.branchIssuerId is null" : "c.branchIssuerId = :branch")
                + " order by r.revokedAt, c.id";
        var query = data.em().createQuery(jpql, Object[].class);
        if (branchId != null) {
            query.setParameter("branch", branchId);
        }
        return query.getResultStream().filter(row -> ((Credential) row[0]).kind().issuedByUs())
                .map(row -> {
                    var c = (Credential) row[0];
                    // the id the credential itself carries: its page at the base URL it was issued at
                    var page = new CredentialUrls(c.baseUrl() == null ? urls.base() : c.baseUrl(), urls.tenantId()).page(c.id());
                    return new String[] {page, ((Revocation) row[1]).reason()};
                })
                .toList();
    }
}
