package nl.groeipad.credential.entity;

/** What a verifier hears about a credential. */
public enum CredentialState {
    VALID, REVOKED, EXPIRED
}
