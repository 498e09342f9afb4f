package nl.groeipad.lti.boundary;

import nl.groeipad.platform.boundary.RequestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.logging.Logger;
import nl.groeipad.lti.control.LoginRestarts;
import nl.groeipad.lti.control.OidcLogin;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.platform.control.PublicUrls;

/**
 * {@code GET|POST /lti/login}: OIDC third-party initiated login (Security Framework 1.0 §5.1.1). Unknown
 * platforms get a friendly 4xx page and no redirect.
 */
@Path("login")
// One instance, not one per request (as the other resources are): every launch passes through login, launch and /me,
// and creating a request-scoped resource (Weld's contextual instance plus Jersey's injection into it) was 9 % of the
// server's CPU in a flight recording of the launch benchmark. So these three keep no per-request state in fields:
// the request's headers and URI come in as parameters.
@ApplicationScoped
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class.getName());

    @Inject
    OidcLogin login;

    @Inject
    PublicUrls urls;

    @Inject
    LoginRestarts restarts;

    @GET
    public Response viaGet(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
                           @QueryParam("target_link_uri") String target, @QueryParam("lti_message_hint") String hint,
                           @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deployment,
                           @QueryParam("lti_storage_target") String storageTarget,
                           @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return start(new OidcLogin.Initiation(iss, loginHint, target, hint, clientId, deployment, storageTarget), uriInfo,
                headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response viaPost(@FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
                            @FormParam("target_link_uri") String target, @FormParam("lti_message_hint") String hint,
                            @FormParam("client_id") String clientId, @FormParam("lti_deployment_id") String deployment,
                            @FormParam("lti_storage_target") String storageTarget,
                            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return start(new OidcLogin.Initiation(iss, loginHint, target, hint, clientId, deployment, storageTarget), uriInfo,
                headers);
    }

    /**
     * Issue 8 §14: the button on the LTI-browser-mismatch page, in a new top-level window, starts the same login
     * again. The parameters come from the signed token the page carried (made from our own login state).
     */
    @POST
    @Path("restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restart(@FormParam("login") String token, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        var initiation = restarts.initiation(token);
        if (initiation.isEmpty()) {
            LOG.warning("LTI login restart refused: token missing, altered or expired");
            return LtiPages.rejected(new LaunchRejection(LaunchRejection.Reason.STATE_UNKNOWN, "restart token not valid"),
                    RequestLanguage.of(headers).code());
        }
        return start(initiation.get(), uriInfo, headers);
    }

    private Response start(OidcLogin.Initiation initiation, UriInfo uriInfo, HttpHeaders headers) {
        var language = RequestLanguage.of(headers).code();
        try {
            var requestUri = uriInfo.getRequestUri();
            var redirect = login.start(initiation, URI.create(urls.base(requestUri) + "/lti/launch"));
            var cookie = BrowserBinding.set(redirect.state(), redirect.bindingSecret(), urls.secure(requestUri));
            if (redirect.storageTarget() != null) {
                return LtiPages.storeInPlatform(redirect.authenticationRequest().toString(), redirect.storageTarget(),
                        redirect.platformOrigin(), redirect.state(), redirect.bindingSecret(), cookie);
            }
            return Response.status(Response.Status.FOUND).location(redirect.authenticationRequest())
                    .header("Set-Cookie", cookie).header("Cache-Control", "no-store").build();
        } catch (LaunchRejection rejection) {
            LOG.warning(() -> "LTI login rejected: " + rejection.getMessage() + " [iss=" + initiation.issuer()
                    + ", client_id=" + initiation.clientId() + "]");
            return LtiPages.rejected(rejection, language);
        } catch (RuntimeException failure) {
            LOG.log(java.util.logging.Level.SEVERE, "LTI login failed unexpectedly", failure);
            return LtiPages.unexpected(language);
        }
    }
}
