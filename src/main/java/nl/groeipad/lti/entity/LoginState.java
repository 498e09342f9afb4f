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
