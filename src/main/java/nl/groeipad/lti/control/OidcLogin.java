package nl.groeipad.lti.control;

import static nl.groeipad.lti.entity.LaunchRejection.Reason.DEPLOYMENT_UNKNOWN;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.MISSING_PARAMETER;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.UNKNOWN_REGISTRATION;

import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.Prompt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LoginState;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.control.Registration;

/**
 * Step one of every launch: the OIDC third-party initiated login (Security Framework 1.0 §5.1.1). The
 * platform names itself; we check it is registered, make a fresh state (the login itself, MAC'd) and nonce, and send
 * the browser to the platform's authorization endpoint with an authentication request (§5.1.1.2).
 */
@ApplicationScoped
public class OidcLogin {

    @Inject
    TenantRegistry registry;

    @Inject
    LoginStates states;

    /** The login initiation parameters of §5.1.1.1 (and the LTI Client Side postMessages' storage target). */
    public record Initiation(String issuer, String loginHint, String targetLinkUri, String messageHint,
                             String clientId, String deploymentId, String storageTarget) {
    }

    /**
     * Where to send the browser, and the secret that binds this login to it (to be put in a cookie or in
     * the platform's storage).
     */
    public record Redirect(URI authenticationRequest, String state, String bindingSecret, String storageTarget,
                           String platformOrigin) {
    }

    public Redirect start(Initiation initiation, URI redirectUri) throws LaunchRejection {
        require(initiation.issuer(), "iss");
        require(initiation.loginHint(), "login_hint");
        require(initiation.targetLinkUri(), "target_link_uri");
        if (initiation.messageHint() != null && initiation.messageHint().length() > 4096) {
            throw new LaunchRejection(MISSING_PARAMETER, "lti_message_hint is longer than 4096 characters");
        }
        var tenant = registration(initiation);
        if (initiation.deploymentId() != null && !tenant.hasDeployment(initiation.deploymentId())) {
            throw new LaunchRejection(DEPLOYMENT_UNKNOWN, "lti_deployment_id " + initiation.deploymentId()
                    + " unknown for tenant " + tenant.id());
        }
        var nonce = Secrets.random();
        var binding = Secrets.random();
        var storageTarget = initiation.storageTarget() == null || initiation.storageTarget().isBlank()
                || initiation.storageTarget().length() > 100 ? null : initiation.storageTarget();
        // Nothing is written: the state is the login, MAC'd (LoginStates). A registration removed meanwhile on another
        // node (this node's cache keeps it a few seconds) is refused at the launch, which looks it up again.
        var state = states.issue(new LoginState(tenant.id(), nonce, Secrets.sha256(binding), storageTarget,
                states.expiryOfNewLogin(), Optional.of(new LoginState.Initiation(initiation.loginHint(),
                initiation.messageHint(), initiation.targetLinkUri(), initiation.clientId(), initiation.deploymentId()))));

        var request = new AuthenticationRequest.Builder(ResponseType.IDTOKEN, new Scope(OIDCScopeValue.OPENID),
                new ClientID(tenant.clientId()), redirectUri)
                .endpointURI(URI.create(tenant.authUrl()))
                .responseMode(ResponseMode.FORM_POST)
                .prompt(Prompt.Type.NONE)
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .loginHint(initiation.loginHint());
        if (initiation.messageHint() != null) {
            // Echoed unaltered (Security §5.1.1.2); Moodle sends JSON text here.
            request.customParameter("lti_message_hint", initiation.messageHint());
        }
        var authUri = URI.create(tenant.authUrl());
        var origin = authUri.getScheme() + "://" + authUri.getRawAuthority();
        return new Redirect(request.build().toURI(), state, binding, storageTarget, origin);
    }

    private Registration registration(Initiation initiation) throws LaunchRejection {
        var found = initiation.clientId() == null || initiation.clientId().isBlank()
                ? registry.byIssuerAlone(initiation.issuer())
                : registry.byRegistration(initiation.issuer(), initiation.clientId());
        return found.orElseThrow(() -> new LaunchRejection(UNKNOWN_REGISTRATION,
                "no registration for iss " + initiation.issuer() + " client_id " + initiation.clientId()));
    }

    private static void require(String value, String name) throws LaunchRejection {
        if (value == null || value.isBlank()) {
            throw new LaunchRejection(MISSING_PARAMETER, "login initiation without " + name);
        }
        if (value.length() > 4096) {
            throw new LaunchRejection(MISSING_PARAMETER, name + " is longer than 4096 characters");
        }
    }
}
