package nl.groeipad.lti.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one OIDC third-party initiated login (Security Framework §5.1.1) must know again when the platform posts the
 * id_token back: its registration, the nonce sent to the platform, the browser binding and where the binding was
 * stored, when it expires, and what the platform sent to start it. The browser proves it is the one that started the
 * login with a secret whose SHA-256 is kept here ({@code bindingHash}); the secret itself lives only in a cookie or in
 * the platform's storage (LTI Client Side postMessages). It travels as the OIDC {@code state} itself, MAC'd by us
 * ({@code lti.control.LoginStates}); single use comes from its nonce, recorded when the state is used.
 *
 * @param initiation what the platform sent to start this login, so that a launch the browser could not bind (its
 *                   cookie blocked in a frame) can be started again top-level with the same parameters; taken from
 *                   the platform's login request, never from the browser
 */
public record LoginState(String tenantId, String nonce, String bindingHash, String storageTarget, Instant expiresAt,
                         Optional<Initiation> initiation) {

    public LoginState {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(bindingHash, "bindingHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        initiation = initiation == null ? Optional.empty() : initiation;
    }

    /** The initiation parameters other than the issuer (which the registration names). */
    public record Initiation(String loginHint, String messageHint, String targetLinkUri, String clientId,
                             String deploymentId) {
    }
}
