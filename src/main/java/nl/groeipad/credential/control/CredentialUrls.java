package nl.groeipad.credential.control;

/**
 * The public addresses of an organisation's credentials, under {@code /credentials/{tenantId}/…} at the tool's
 * public base URL (the one it had when the credential was issued). Only these are public; everything else about a
 * credential is behind the API's session.
 */
public record CredentialUrls(String base, String tenantId) {

    public static final String ROOT = "/credentials/";

    public CredentialUrls {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String organisation() {
        return base + ROOT + tenantId;
    }

    /** The OB 2.0 Issuer and OB 3.0 issuer Profile. */
    public String issuer() {
        return organisation() + "/issuer";
    }

    /** The issuer's public keys (JWKS). */
    public String jwks() {
        return organisation() + "/jwks";
    }

    /** The {@code kid} of a signing key: the JWKS address with the key's id as fragment. */
    public String kid(String keyId) {
        return jwks() + "#" + keyId;
    }

    /** The organisation's 1EdTech revocation list (its own certificates). */
    public String revocationList() {
        return organisation() + "/revocations";
    }

    /** A branch issuer's OB 3.0 issuer Profile and OB 2.0 Issuer. */
    public String branchIssuer(String branchId) {
        return organisation() + "/issuers/" + branchId;
    }

    /** A branch issuer's public keys (JWKS). */
    public String branchJwks(String branchId) {
        return branchIssuer(branchId) + "/jwks";
    }

    /** The {@code kid} of a branch issuer's signing key: its JWKS address with the key's id as fragment. */
    public String branchKid(String branchId, String keyId) {
        return branchJwks(branchId) + "#" + keyId;
    }

    public String branchLogo(String branchId) {
        return branchIssuer(branchId) + "/logo";
    }

    /** A branch issuer's 1EdTech revocation list. */
    public String branchRevocationList(String branchId) {
        return branchIssuer(branchId) + "/revocations";
    }

    /** The friendly verification page (also the OB 3.0 credential's id). */
    public String page(String id) {
        return organisation() + "/" + id;
    }

    public String verification(String id) {
        return page(id) + "/verification";
    }

    public String status(String id) {
        return page(id) + "/status";
    }

    public String ob3(String id) {
        return page(id) + "/ob3";
    }

    public String assertion(String id) {
        return page(id) + "/assertion";
    }

    public String badgeClass(String id) {
        return page(id) + "/badgeclass";
    }

    public String badgeImage(String id) {
        return page(id) + "/badge.png";
    }

    /** The CASE item of a competency at this tool's CASE REST binding. */
    public String caseItem(String competencyKey) {
        return base + "/ims/case/v1p0/CFItems/" + competencyKey;
    }

    public String caseDocument(String frameworkKey) {
        return base + "/ims/case/v1p0/CFDocuments/" + frameworkKey;
    }
}
