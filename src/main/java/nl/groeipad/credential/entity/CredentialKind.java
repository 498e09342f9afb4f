package nl.groeipad.credential.entity;

/**
 * What a credential is: a certificate the organisation issued through Groeipad, or proof obtained elsewhere
 * that was registered (not issued) here.
 */
public enum CredentialKind {
    /** An own certificate: issued by the organisation, signed, verifiable. */
    OWN,
    /** An mbo praktijkverklaring: registered, not issued by us. */
    MBO_PRAKTIJKVERKLARING,
    /** An mbo certificate: registered, not issued by us. */
    MBO_CERTIFICATE,
    /** A diploma: registered, not issued by us. */
    DIPLOMA;

    public boolean issuedByUs() {
        return this == OWN;
    }
}
