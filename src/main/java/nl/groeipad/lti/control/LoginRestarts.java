package nl.groeipad.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Optional;
import nl.groeipad.lti.control.SignedForms.Purpose;
import nl.groeipad.lti.entity.LaunchRejection;

/**
 * Issue 8 §14: a launch inside the platform's frame whose cookie the browser blocked (LTI-browser-mismatch) can
 * be started again in a new, top-level window. The original login initiation (iss, login_hint, lti_message_hint,
 * target_link_uri, client_id, lti_deployment_id) comes from our own login state, is signed into the page and comes
 * back unchanged; the new login is an ordinary OIDC login with a new state, nonce and cookie.
 */
@ApplicationScoped
public class LoginRestarts {

    @Inject
    SignedForms forms;

    public String token(LaunchRejection.Restart login) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("login_iss", login.issuer());
        facts.put("login_hint", login.loginHint());
        facts.put("target_link_uri", login.targetLinkUri());
        if (login.messageHint() != null) {
            facts.put("lti_message_hint", login.messageHint());
        }
        if (login.clientId() != null) {
            facts.put("client_id", login.clientId());
        }
        if (login.deploymentId() != null) {
            facts.put("lti_deployment_id", login.deploymentId());
        }
        return forms.sign(Purpose.LOGIN_RESTART, facts);
    }

    /** The login to start again, if the token is one we signed for this and it has not expired. */
    public Optional<OidcLogin.Initiation> initiation(String token) {
        return forms.verify(Purpose.LOGIN_RESTART, token).flatMap(claims -> {
            try {
                return Optional.of(new OidcLogin.Initiation(claims.getStringClaim("login_iss"),
                        claims.getStringClaim("login_hint"), claims.getStringClaim("target_link_uri"),
                        claims.getStringClaim("lti_message_hint"), claims.getStringClaim("client_id"),
                        claims.getStringClaim("lti_deployment_id"), null));
            } catch (ParseException e) {
                return Optional.empty();
            }
        });
    }
}
