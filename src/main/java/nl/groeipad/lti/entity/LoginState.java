package nl.groeipad.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The state of one OIDC third-party initiated login (Security Framework §5.1.1), kept until the platform
 * posts the id_token back. Single use: the launch deletes it. The browser proves it is the one that
 * started the login with a secret whose SHA-256 is kept here ({@code bindingHash}); the secret itself
 * lives only in a cookie or in the platform's storage (LTI Client Side postMessages).
 */
@Entity
@Table(name = "lti_login_state")
public class LoginState {

    @Id
    private String state;
    @Column(name = "tenant_id")
    private String tenantId;
    private String nonce;
    @Column(name = "binding_hash")
    private String bindingHash;
    @Column(name = "storage_target")
    private String storageTarget;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "login_hint")
    private String loginHint;
    @Column(name = "message_hint")
    private String messageHint;
    @Column(name = "target_link_uri")
    private String targetLinkUri;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "deployment_id")
    private String deploymentId;

    protected LoginState() {
    }

    public LoginState(String state, String tenantId, String nonce, String bindingHash, String storageTarget,
                      Instant expiresAt) {
        this.state = state;
        this.tenantId = tenantId;
        this.nonce = nonce;
        this.bindingHash = bindingHash;
        this.storageTarget = storageTarget;
        this.expiresAt = expiresAt;
    }

    /**
     * Keeps what the platform sent to start this login, so that a launch the browser could not bind (its cookie
     * blocked in a frame) can be started again top-level with the same parameters. Kept on our side, never
     * taken from the browser.
     */
    public LoginState initiatedWith(String loginHint, String messageHint, String targetLinkUri, String clientId,
                                    String deploymentId) {
        this.loginHint = loginHint;
        this.messageHint = messageHint;
        this.targetLinkUri = targetLinkUri;
        this.clientId = clientId;
        this.deploymentId = deploymentId;
        return this;
    }

    /** The initiation parameters other than the issuer (which the registration names), when they were kept. */
    public java.util.Optional<Initiation> initiation() {
        return loginHint == null || targetLinkUri == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Initiation(loginHint, messageHint, targetLinkUri, clientId, deploymentId));
    }

    public record Initiation(String loginHint, String messageHint, String targetLinkUri, String clientId,
                             String deploymentId) {
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String state() {
        return state;
    }

    public String tenantId() {
        return tenantId;
    }

    public String nonce() {
        return nonce;
    }

    public String bindingHash() {
        return bindingHash;
    }

    public String storageTarget() {
        return storageTarget;
    }
}
