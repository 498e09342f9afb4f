package nl.groeipad.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;
import nl.groeipad.lti.entity.LtiClaims;

/**
 * The tool's public endpoints and its LTI tool configuration (Dynamic Registration 1.0 §3.3 and §3.4),
 * derived from the public base URL. The same values are shown to operators for manual registration.
 */
@ApplicationScoped
public class ToolConfiguration {

    public record Endpoints(String loginUrl, String redirectUrl, String jwksUrl, String registerUrl, String domain,
                            String logoUrl, String launchUrl) {
    }

    public Endpoints endpoints(String base) {
        var uri = URI.create(base);
        return new Endpoints(base + "/lti/login", base + "/lti/launch", base + "/lti/jwks", base + "/lti/register",
                uri.getRawAuthority(), base + "/app/icon.svg", base + "/lti/launch");
    }

    /**
     * The client metadata of our registration request (OpenID Connect Dynamic Client Registration 1.0 §2, with
     * LTI's tool configuration as an extension member, DR §3.3), for the OAuth 2 SDK to send.
     */
    public OIDCClientMetadata clientMetadata(String base) {
        try {
            var json = JSONObjectUtils.parse(registrationRequest(base).toString());
            // OpenID Connect wants an https login URI and the SDK enforces it; LTI tools on a developer's or test
            // machine run on http, so it travels as an extension member, written exactly as we give it.
            var loginUri = json.remove("initiate_login_uri");
            var metadata = OIDCClientMetadata.parse(json);
            metadata.setCustomField("initiate_login_uri", loginUri);
            return metadata;
        } catch (ParseException e) {
            throw new IllegalStateException("our own client metadata does not parse", e);
        }
    }

    /** The client registration request we POST to the platform's registration endpoint, as JSON. */
    public JsonObject registrationRequest(String base) {
        var e = endpoints(base);
        var scopes = String.join(" ", LtiClaims.SCOPE_AGS_LINEITEM, LtiClaims.SCOPE_AGS_LINEITEM_READONLY,
                LtiClaims.SCOPE_AGS_RESULT_READONLY, LtiClaims.SCOPE_AGS_SCORE, LtiClaims.SCOPE_NRPS);
        var toolConfiguration = Json.createObjectBuilder()
                .add("domain", e.domain())
                .add("target_link_uri", e.launchUrl())
                .add("description", "Ontwikkelroutes, werkplekobservatie en certificaten voor werkend leren.")
                .add("description#nl", "Ontwikkelroutes, werkplekobservatie en certificaten voor werkend leren.")
                .add("description#en", "Development routes, workplace observation and certificates for learning at work.")
                .add("claims", Json.createArrayBuilder().add("iss").add("sub").add("name").add("given_name")
                        .add("family_name").add("email"))
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("type", LtiClaims.RESOURCE_LINK_REQUEST)
                                .add("target_link_uri", e.launchUrl())
                                .add("label", "Groeipad").add("label#nl", "Groeipad").add("label#en", "Groeipad"))
                        .add(Json.createObjectBuilder()
                                .add("type", LtiClaims.DEEP_LINKING_REQUEST)
                                .add("target_link_uri", e.launchUrl())
                                .add("label", "Groeipad toevoegen").add("label#nl", "Groeipad toevoegen")
                                .add("label#en", "Add Groeipad")
                                .add("placements", Json.createArrayBuilder().add("ContentArea"))));
        return Json.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", Json.createArrayBuilder().add("id_token"))
                .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", e.loginUrl())
                .add("redirect_uris", Json.createArrayBuilder().add(e.redirectUrl()))
                .add("client_name", "Groeipad")
                .add("client_name#nl", "Groeipad")
                .add("client_name#en", "Groeipad")
                .add("jwks_uri", e.jwksUrl())
                .add("logo_uri", e.logoUrl())
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", scopes)
                .add(LtiClaims.TOOL_CONFIGURATION, toolConfiguration)
                .build();
    }
}
