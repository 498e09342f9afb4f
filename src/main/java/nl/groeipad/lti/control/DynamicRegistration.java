package nl.groeipad.lti.control;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationErrorResponse;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientInformationResponse;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientRegistrationRequest;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientRegistrationResponseParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import nl.groeipad.lti.entity.LtiClaims;
import nl.groeipad.lti.entity.RegistrationFailure;
import nl.groeipad.platform.entity.Problems;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.control.Registration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LTI Dynamic Registration 1.0: the platform's administrator opens {@code /lti/register} with an
 * {@code openid_configuration} URL and a {@code registration_token}; we fetch the platform's configuration
 * (§3.4), check it, post our client registration (§3.5) and store the answer as a new tenant.
 *
 * <p>The client registration request and its answer are OpenID Connect Dynamic Client Registration messages, written
 * and read by the OAuth 2 / OpenID Connect SDK ({@code oauth2-oidc-sdk}, also used for the login redirect and, later,
 * for the client-credentials token requests of AGS and NRPS); LTI's tool configuration travels in them as an extension
 * member. The platform's configuration is read here by hand: DR §3.4 asks less of it than an OpenID provider's
 * metadata, which the SDK would insist on. HTTP goes through our own client: no redirects, timeouts, a size limit.
 *
 * <p>Only platforms on hosts allowed by {@code groeipad.registration.allowed-hosts} may register themselves
 * (comma-separated host names, {@code *} for any): fetching URLs a stranger names is otherwise a risk.
 */
@ApplicationScoped
public class DynamicRegistration {

    private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());
    private static final int MAX_BYTES = 256 * 1024;
    private static final Text ASK = new Text("Vraag de beheerder van Groeipad om hulp.", "Ask the Groeipad operator for help.");

    @Inject
    @ConfigProperty(name = "groeipad.registration.allowed-hosts")
    Optional<String> allowedHosts;

    @Inject
    ToolConfiguration toolConfiguration;

    @Inject
    TenantRegistry registry;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Registration register(String openidConfiguration, String registrationToken, String base) throws RegistrationFailure {
        var configUrl = checkedUrl(openidConfiguration, "openid_configuration");
        // Canvas requires the registration token on this request too (DR §3.4 allows it); Moodle ignores it.
        var platform = fetchJson(configUrl, registrationToken);

        // DR §3.5.1: the issuer must be an https URL on the host that served the configuration.
        var issuer = string(platform, "issuer");
        var issuerUrl = checkedUrl(issuer, "issuer");
        if (!issuerUrl.getHost().equalsIgnoreCase(configUrl.getHost())) {
            throw fail(400, "issuer host " + issuerUrl.getHost() + " differs from configuration host " + configUrl.getHost(),
                    "De leeromgeving gaf een issuer op een andere host dan haar configuratie.",
                    "The platform's issuer is on another host than its configuration.");
        }
        var registrationEndpoint = checkedUrl(string(platform, "registration_endpoint"), "registration_endpoint");
        var registered = registered(register(new OIDCClientRegistrationRequest(registrationEndpoint,
                toolConfiguration.clientMetadata(base), bearer(registrationToken))));
        var clientId = registered.clientId();
        var deploymentId = registered.deploymentId();
        var productFamily = platformFamily(platform);
        try {
            var tenant = registry.register(new PlatformRegistration(
                    (productFamily == null ? "LMS" : capitalise(productFamily)) + " " + issuerUrl.getHost(),
                    issuer, clientId, string(platform, "authorization_endpoint"), optional(platform, "token_endpoint"),
                    string(platform, "jwks_uri"), List.of(deploymentId), productFamily), RegistrationKind.DYNAMIC);
            LOG.info(() -> "Dynamic registration completed for " + issuer + " (client_id " + clientId + ")");
            return tenant;
        } catch (Problems.InvalidField | Problems.Conflict e) {
            throw new RegistrationFailure(e instanceof Problems.Conflict ? 409 : 400, e.text(), e.getMessage());
        }
    }

    private URI checkedUrl(String value, String name) throws RegistrationFailure {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw fail(400, name + " is not a URL", "Het adres van de leeromgeving is ongeldig.",
                    "The platform's address is not valid.");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw fail(400, name + " is not an http(s) URL: " + value, "Het adres van de leeromgeving is ongeldig.",
                    "The platform's address is not valid.");
        }
        if (!hostAllowed(uri.getHost())) {
            throw fail(403, name + " host " + uri.getHost() + " is not in groeipad.registration.allowed-hosts",
                    "Deze leeromgeving mag zich niet zelf registreren bij deze Groeipad. De beheerder van Groeipad kan haar toestaan of handmatig registreren.",
                    "This platform may not register itself with this Groeipad. The Groeipad operator can allow it or register it manually.");
        }
        return uri;
    }

    boolean hostAllowed(String host) {
        var allowed = allowedHosts.orElse("").strip();
        if (allowed.equals("*")) {
            return true;
        }
        return Arrays.stream(allowed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .anyMatch(h -> h.equalsIgnoreCase(host) || h.startsWith("*.") && host.toLowerCase(Locale.ROOT)
                        .endsWith(h.substring(1).toLowerCase(Locale.ROOT)));
    }

    private JsonObject fetchJson(URI url, String token) throws RegistrationFailure {
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15)).header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build(), url);
    }

    /**
     * Posts the client registration request as the OAuth 2 SDK writes it (DR §3.5), over our own HTTP client (no
     * redirects, timeouts, a size limit), and hands back the answer as the SDK's HTTP response.
     */
    private HTTPResponse register(OIDCClientRegistrationRequest registration) throws RegistrationFailure {
        var sdkRequest = registration.toHTTPRequest();
        var url = sdkRequest.getURI();
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                .header("Content-Type", sdkRequest.getEntityContentType().toString()).header("Accept", "application/json");
        if (sdkRequest.getAuthorization() != null) {
            request.header("Authorization", sdkRequest.getAuthorization());
        }
        var response = exchange(request.POST(HttpRequest.BodyPublishers.ofString(sdkRequest.getBody())).build(), url, true);
        var answer = new HTTPResponse(response.statusCode());
        answer.setEntityContentType(ContentType.APPLICATION_JSON); // platforms differ in what they declare; JSON is what counts
        answer.setBody(response.body());
        return answer;
    }

    /** Our client id and the deployment id from the platform's answer (DR §3.6), or why there are none. */
    static Registered registered(HTTPResponse answer) throws RegistrationFailure {
        ClientRegistrationResponse response;
        try {
            withoutLoginUri(answer);
            response = OIDCClientRegistrationResponseParser.parse(answer);
        } catch (ParseException e) {
            throw fail(422, "registration answer (HTTP " + answer.getStatusCode() + ") does not parse: " + e.getMessage(),
                    "De leeromgeving gaf een onverwacht antwoord.", "The platform gave an unexpected answer.");
        }
        if (!response.indicatesSuccess()) {
            var error = ((ClientRegistrationErrorResponse) response).getErrorObject();
            throw fail(422, "registration refused: HTTP " + answer.getStatusCode() + " " + error.getCode() + " "
                            + abbreviate(error.getDescription()),
                    "De leeromgeving weigerde de registratie (HTTP " + answer.getStatusCode() + ").",
                    "The platform refused the registration (HTTP " + answer.getStatusCode() + ").");
        }
        var client = ((OIDCClientInformationResponse) response).getOIDCClientInformation();
        var toolConfig = client.getOIDCMetadata().getCustomField(LtiClaims.TOOL_CONFIGURATION);
        var deploymentId = toolConfig instanceof java.util.Map<?, ?> config && config.get("deployment_id") != null
                && !(config.get("deployment_id") instanceof java.util.Map || config.get("deployment_id") instanceof java.util.List)
                ? String.valueOf(config.get("deployment_id")) : null;
        if (deploymentId == null || deploymentId.isBlank()) {
            throw fail(422, "registration answer without deployment_id",
                    "De leeromgeving gaf geen deployment-id terug. Registreer Groeipad handmatig.",
                    "The platform returned no deployment id. Please register Groeipad manually.");
        }
        return new Registered(client.getID().getValue(), deploymentId);
    }

    /**
     * The platform echoes our login URI, which the SDK refuses unless it is https (OpenID Connect's rule); a tool on
     * a test machine runs on http, and we do not need the echo, so it is left out before the SDK reads the answer.
     */
    private static void withoutLoginUri(HTTPResponse answer) {
        try (var reader = Json.createReader(new StringReader(answer.getBody() == null ? "" : answer.getBody()))) {
            var json = reader.readObject();
            if (json.containsKey("initiate_login_uri")) {
                answer.setBody(Json.createObjectBuilder(json).remove("initiate_login_uri").build().toString());
            }
        } catch (JsonException | ClassCastException notAnObject) {
            // left as it is: the parser says what is wrong with it
        }
    }

    /** What the platform gave us: our client id and the deployment of Groeipad it made. */
    record Registered(String clientId, String deploymentId) {
    }

    private static BearerAccessToken bearer(String token) {
        return token == null || token.isBlank() ? null : new BearerAccessToken(token);
    }

    private JsonObject send(HttpRequest request, URI url) throws RegistrationFailure {
        var response = exchange(request, url, false);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw fail(422, url + " answered no JSON object: " + e.getMessage(),
                    "De leeromgeving gaf een onverwacht antwoord.", "The platform gave an unexpected answer.");
        }
    }

    /** One HTTP exchange with the platform; an error status is a failure unless the caller reads it itself. */
    private HttpResponse<String> exchange(HttpRequest request, URI url, boolean errorsToo) throws RegistrationFailure {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && !(errorsToo && response.statusCode() / 100 == 4)) {
                throw fail(422, request.method() + " " + url + " answered " + response.statusCode() + ": "
                                + abbreviate(response.body()),
                        "De leeromgeving weigerde de registratie (HTTP " + response.statusCode() + ").",
                        "The platform refused the registration (HTTP " + response.statusCode() + ").");
            }
            if (response.body().length() > MAX_BYTES) {
                throw fail(422, url + " answered more than " + MAX_BYTES + " bytes",
                        "De leeromgeving gaf een onverwacht antwoord.", "The platform gave an unexpected answer.");
            }
            return response;
        } catch (IOException e) {
            throw fail(422, request.method() + " " + url + " failed: " + e,
                    "Groeipad kon de leeromgeving niet bereiken.", "Groeipad could not reach the platform.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(422, "interrupted", "Groeipad kon de leeromgeving niet bereiken.", "Groeipad could not reach the platform.");
        }
    }

    private static String string(JsonObject json, String name) throws RegistrationFailure {
        var value = json.containsKey(name) ? text(json.get(name)) : null;
        if (value == null || value.isBlank()) {
            throw fail(422, "platform answer lacks " + name, "De leeromgeving gaf onvolledige gegevens (" + name + ").",
                    "The platform's answer is incomplete (" + name + ").");
        }
        return value;
    }

    private static String optional(JsonObject json, String name) {
        return json.containsKey(name) ? text(json.get(name)) : null;
    }

    private static String text(JsonValue value) {
        return switch (value) {
            case JsonString s -> s.getString();
            case null -> null;
            default -> value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString() : null;
        };
    }

    private static String platformFamily(JsonObject platform) {
        var config = platform.get(LtiClaims.PLATFORM_CONFIGURATION);
        if (config instanceof JsonObject o && o.get("product_family_code") instanceof JsonString s) {
            return s.getString();
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static RegistrationFailure fail(int status, String detail, String nl, String en) {
        return new RegistrationFailure(status, new Text(nl + " " + ASK.nl(), en + " " + ASK.en()), detail);
    }
}
