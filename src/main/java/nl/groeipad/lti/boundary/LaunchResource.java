package nl.groeipad.lti.boundary;

import nl.groeipad.platform.boundary.RequestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lti.control.DeepLinking;
import nl.groeipad.lti.control.LaunchService;
import nl.groeipad.lti.control.LoginRestarts;
import nl.groeipad.lti.control.LoginStates;
import nl.groeipad.lti.entity.Landing;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.platform.entity.TenantId;

/**
 * {@code POST /lti/launch}: the redirect_uri where the platform posts {@code id_token} and {@code state}.
 * An accepted resource-link launch answers 303 into the app with a session token in the URL fragment
 * (never sent to a server, removed by the app at once), on the page a deep-linked activity names; a deep-linking
 * request gets the picker where the teacher chooses what the activity opens ({@link DeepLinkingResource}). A rejected launch gets a friendly 4xx page, a log line naming the exact reason,
 * and no session.
 */
@Path("launch")
@ApplicationScoped // one instance: see LoginResource
public class LaunchResource {

    private static final Logger LOG = Logger.getLogger(LaunchResource.class.getName());

    @Inject
    LaunchService launches;

    @Inject
    LoginStates states;

    @Inject
    TenantRegistry registry;

    @Inject
    DeepLinking deepLinking;

    @Inject
    PublicUrls urls;

    @Inject
    LoginRestarts restarts;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
                           @FormParam("lti_storage_binding") String storageBinding,
                           @FormParam("error") String error, @FormParam("error_description") String errorDescription,
                           @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        var language = RequestLanguage.of(headers).code();
        var secure = urls.secure(uriInfo.getRequestUri());
        try {
            if (error != null) {
                // The platform refused to authenticate (OIDC §3.1.2.6), e.g. login_required.
                throw new LaunchRejection(LaunchRejection.Reason.MISSING_PARAMETER,
                        "platform answered error " + error + ": " + errorDescription);
            }
            var binding = BrowserBinding.presented(headers, state);
            if (binding == null && (storageBinding == null || storageBinding.isEmpty())) {
                var login = states.read(state);
                if (login.isPresent() && login.get().storageTarget() != null) {
                    var tenant = registry.byId(TenantId.of(login.get().tenantId()));
                    if (tenant.isPresent()) {
                        var auth = URI.create(tenant.get().authUrl());
                        return LtiPages.readFromPlatform(idToken, state, login.get().storageTarget(),
                                auth.getScheme() + "://" + auth.getRawAuthority());
                    }
                }
            }
            var accepted = launches.accept(idToken, state, binding != null ? binding : storageBinding);
            var base = urls.base(uriInfo.getRequestUri());
            if (accepted.launch().isDeepLinking()) {
                var pending = deepLinking.pending(accepted.launch(), accepted.tenant(), accepted.who());
                return withClearedCookie(LtiPages.deepLinkingPicker(accepted.launch().language(), pending,
                        deepLinking.options(accepted.who())), state, secure);
            }
            // A deep-linked activity names the page it opens (custom parameters of the teacher's choice).
            var landing = Landing.of(accepted.launch().custom(), accepted.launch().role())
                    .map(to -> "?to=" + URLEncoder.encode(to, StandardCharsets.US_ASCII)).orElse("");
            var app = URI.create(base + "/app/" + landing + "#session="
                    + URLEncoder.encode(accepted.session().token(), StandardCharsets.US_ASCII));
            return Response.seeOther(app).header("Set-Cookie", BrowserBinding.clear(state, secure))
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
        } catch (LaunchRejection rejection) {
            LOG.warning(() -> "LTI launch rejected: " + rejection.getMessage());
            if (rejection.restart().isPresent()) {
                return LtiPages.openInNewWindow(rejection, language, restarts.token(rejection.restart().get()));
            }
            return LtiPages.rejected(rejection, language);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "LTI launch failed unexpectedly", failure);
            return LtiPages.unexpected(language);
        }
    }

    private static Response withClearedCookie(Response page, String state, boolean secure) {
        return Response.fromResponse(page).header("Set-Cookie", BrowserBinding.clear(state, secure)).build();
    }
}
