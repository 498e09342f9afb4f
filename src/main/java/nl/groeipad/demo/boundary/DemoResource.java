package nl.groeipad.demo.boundary;

import static nl.groeipad.platform.boundary.Html.escape;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.demo.control.DemoPlatform;
import nl.groeipad.demo.control.DemoPlatform.Persona;
import nl.groeipad.platform.boundary.Html;
import nl.groeipad.platform.control.PublicUrls;

/**
 * {@code /demo}: choose to try Groeipad as a participant, a coach or the organisation's admin (house style). The buttons start a real LTI 1.3 launch:
 * {@code /demo/start} initiates the OIDC login at {@code /lti/login}; the tool redirects to this platform's
 * authorization endpoint {@code /demo/auth}, which posts a signed id_token to {@code /lti/launch}.
 */
@Path("")
@RequestScoped
public class DemoResource {

    private static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    @Inject
    DemoPlatform platform;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces("text/html")
    public Response choose(@QueryParam("lang") String lang) {
        if (!platform.enabled()) {
            return off();
        }
        var en = "en".equals(lang);
        var body = """
                <h1>%s</h1>
                <p class="lead">%s</p>
                <div class="button-row">
                <a class="button" href="/demo/start?as=participant%s">%s</a>
                <a class="button button--secondary" href="/demo/start?as=coach%s">%s</a>
                <a class="button button--secondary" href="/demo/start?as=admin%s">%s</a>
                </div>
                <p>%s</p>
                <p><a href="%s">%s</a></p>
                """.formatted(
                en ? "Try Groeipad" : "Probeer Groeipad",
                en ? "This demo uses a built-in test platform instead of Moodle. You go through the same secure LTI launch as from a real course."
                        : "Deze demo gebruikt een ingebouwde test-leeromgeving in plaats van Moodle. Je gaat door dezelfde veilige LTI-start als vanuit een echte cursus.",
                en ? "&amp;lang=en" : "", en ? "Try as a participant (Sam)" : "Probeer als deelnemer (Sam)",
                en ? "&amp;lang=en" : "", en ? "Try as a coach (Noor)" : "Probeer als begeleider (Noor)",
                en ? "&amp;lang=en" : "", en ? "Try as the organisation's admin (Fatima): house style"
                        : "Probeer als beheerder (Fatima): huisstijl",
                en ? "Demo data is stored like real data: do not enter personal details."
                        : "Demogegevens worden net als echte gegevens bewaard: vul geen persoonlijke gegevens in.",
                en ? "/demo" : "/demo?lang=en", en ? "Nederlands" : "English");
        return Response.ok(Html.page(en ? "en" : "nl", en ? "Try Groeipad" : "Probeer Groeipad", body), HTML).build();
    }

    /** Plays the LMS's part in starting a launch: OIDC third-party initiated login towards the tool. */
    @GET
    @Path("start")
    public Response start(@QueryParam("as") String as, @QueryParam("lang") String lang) {
        if (!platform.enabled()) {
            return off();
        }
        var persona = Persona.byHint(as).orElse(Persona.PARTICIPANT);
        var base = urls.base(uriInfo.getRequestUri());
        var tenant = platform.registration(base);
        var login = UriBuilder.fromUri(base + "/lti/login")
                .queryParam("iss", tenant.issuer())
                .queryParam("login_hint", persona.name().toLowerCase(java.util.Locale.ROOT))
                .queryParam("target_link_uri", base + "/lti/launch")
                .queryParam("client_id", tenant.clientId())
                .queryParam("lti_deployment_id", DemoPlatform.DEPLOYMENT_ID)
                .queryParam("lti_message_hint", "en".equals(lang) ? "en" : "nl")
                .build();
        return Response.status(Response.Status.FOUND).location(login).header("Cache-Control", "no-store").build();
    }

    /** The platform's OIDC authorization endpoint: checks the authentication request, then posts the id_token. */
    @GET
    @Path("auth")
    public Response authorize(@QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                              @QueryParam("response_type") String responseType, @QueryParam("response_mode") String responseMode,
                              @QueryParam("scope") String scope, @QueryParam("prompt") String prompt,
                              @QueryParam("state") String state, @QueryParam("nonce") String nonce,
                              @QueryParam("login_hint") String loginHint, @QueryParam("lti_message_hint") String messageHint) {
        if (!platform.enabled()) {
            return off();
        }
        var base = urls.base(uriInfo.getRequestUri());
        var persona = Persona.byHint(loginHint);
        if (!DemoPlatform.CLIENT_ID.equals(clientId) || !(base + "/lti/launch").equals(redirectUri)
                || !"id_token".equals(responseType) || !"form_post".equals(responseMode) || scope == null
                || !scope.contains("openid") || !"none".equals(prompt) || state == null || nonce == null
                || persona.isEmpty()) {
            return Response.status(400).type(HTML).entity(Html.page("nl", "Ongeldig verzoek",
                    "<h1>Ongeldig verzoek</h1><p>De test-leeromgeving kreeg een onvolledig aanmeldverzoek.</p>")).build();
        }
        var idToken = platform.idToken(base, persona.get(), nonce, messageHint);
        var body = """
                <p>%s</p>
                <form id="post" method="post" action="%s">
                <input type="hidden" name="id_token" value="%s">
                <input type="hidden" name="state" value="%s">
                <noscript><button type="submit" class="button">Verder</button></noscript>
                </form>
                <script>document.getElementById('post').submit();</script>
                """.formatted("en".equals(messageHint) ? "Opening Groeipad…" : "Groeipad wordt geopend…",
                escape(redirectUri), escape(idToken), escape(state));
        return Response.ok(Html.page("en".equals(messageHint) ? "en" : "nl", "Groeipad", body), HTML)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response keys() {
        if (!platform.enabled()) {
            return Response.status(404).build();
        }
        return Response.ok(platform.publicKeys().toString(true), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response off() {
        return Response.status(404).type(HTML).entity(Html.page("nl", "Demo staat uit",
                "<h1>De demo staat uit</h1><p>Deze Groeipad draait zonder demo. Open Groeipad vanuit je cursus in de leeromgeving.</p>"
                        + "<p lang=\"en\">The demo is switched off on this server. Open Groeipad from your course.</p>")).build();
    }
}
