package nl.groeipad.credential.entity;

/**
 * What a credential is: a certificate the organisation issued through Groeipad, or proof obtained elsewhere
 * that was registered (not issued) here.
 */
public enum CredentialKind {
    /** An own certificate: issued by the organisation, signed, verifiable. */
    OWN,
    /** A branch certificate: issued by the organisation under a configured branch issuer, signed with its key. */
    BRANCH,
    /** An mbo praktijkverklaring: registered, not issued by us. */
    MBO_PRAKTIJKVERKLARING,
    /** An mbo certificate: registered, not issued by us. */
    MBO_CERTIFICATE,
    /** A diploma: registered, not issued by us. */
    DIPLOMA;

    /** As the API names it: "own", "branch", "mbo-praktijkverklaring", "mbo-certificate", "diploma". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind of registered proof a code names; null for anything else (also "own" and "branch"). */
    public static CredentialKind registered(String code) {
        for (var kind : values()) {
            if (!kind.issuedByUs() && kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    public boolean issuedByUs() {
        return this == OWN || this == BRANCH;
    }
}
