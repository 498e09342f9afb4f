package nl.groeipad.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole web application ({@code WEB-INF/web.xml}): whatever the container itself refuses
 * after routing — an unknown address outside the JAX-RS applications, a wrong method on a static file, an error
 * that no exception mapper saw — is answered like Groeipad answers everything else: RFC 9457 problem+json under
 * the APIs ({@code /api}, {@code /ims}, {@code /lti/jwks}, or when the client asks for JSON), a small friendly
 * page for people elsewhere. Never Payara's own error page with its product name.
 */
@WebServlet(urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    static final String PATH = "/_error";
    /** 503: what the listener answers while Groeipad starts or stops (nl.groeipad.edge.NotYetServing). */
    private static final String UNAVAILABLE_NL = "Groeipad start op of is even niet beschikbaar. Probeer het over een minuut opnieuw.";
    private static final String UNAVAILABLE_EN = "Groeipad is starting or briefly unavailable. Please try again in a minute.";
    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    /** Created on first use (the container's JSON-B), so that the rules below need no JSON-B to be tested. */
    private static final class Json {
        static final Jsonb B = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (failure != null || status < 400 || status > 599) {
            status = 500;
        }
        var english = english(request);
        String correlationId = null;
        if (status >= 500) {
            correlationId = UUID.randomUUID().toString();
            var id = correlationId;
            LOG.log(Level.SEVERE, failure, () -> "Error page for " + uri + ": " + request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)
                    + " [correlationId=" + id + "]");
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(uri, request.getHeader("Accept"))) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Json.B.toJson(problem(status, english, correlationId).at(uri)));
        } else {
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write(page(status, english, correlationId));
        }
    }

    /** Under the APIs, or asked for JSON by a client that does not want HTML. */
    static boolean wantsJson(String uri, String accept) {
        if (uri != null && (uri.equals("/api") || uri.startsWith("/api/") || uri.startsWith("/ims/")
                || uri.startsWith("/lti/jwks"))) {
            return true;
        }
        var wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return (wanted.contains("application/json") || wanted.contains("application/problem+json"))
                && !wanted.contains("text/html");
    }

    static Problem problem(int status, boolean english, String correlationId) {
        var problem = switch (status) {
            case 404 -> Problem.of("not-found", english ? "Not found" : "Niet gevonden", 404,
                    english ? "This address does not exist." : "Dit adres bestaat niet.");
            case 405 -> Problem.of("method-not-allowed", english ? "Method not allowed" : "Niet toegestaan", 405,
                    english ? "This address does not take this method." : "Dit adres kent deze methode niet.");
            case 413 -> Problem.of("payload-too-large", english ? "Too large" : "Te groot", 413,
                    english ? "The request is too large." : "Het verzoek is te groot.");
            case 414, 431 -> Problem.of("request-too-long", english ? "Too long" : "Te lang", status,
                    english ? "The address or its headers are too long." : "Het adres of de kopregels zijn te lang.");
            case 503 -> Problem.of("unavailable", english ? "Not available yet" : "Nog niet beschikbaar", 503,
                    english ? UNAVAILABLE_EN : UNAVAILABLE_NL);
            default -> status >= 500
                    ? Problem.of("internal-error", english ? "Something went wrong" : "Er ging iets mis", status,
                            (english ? "Please try again later. If it keeps failing, give this code to your administrator: "
                                    : "Probeer het later opnieuw. Blijft het misgaan? Noem deze code aan de beheerder: ")
                                    + correlationId).withCorrelationId(correlationId)
                    : Problem.of("bad-request", english ? "Bad request" : "Ongeldig verzoek", status,
                            english ? "Groeipad cannot handle this request." : "Groeipad kan dit verzoek niet verwerken.");
        };
        return problem;
    }

    static String page(int status, boolean english, String correlationId) {
        String title;
        String text;
        if (status == 404) {
            title = english ? "Page not found" : "Pagina niet gevonden";
            text = english ? "This page does not exist. Open Groeipad from your course."
                    : "Deze pagina bestaat niet. Open Groeipad vanuit je cursus.";
        } else if (status == 503) {
            title = english ? "Not available yet" : "Nog niet beschikbaar";
            text = english ? UNAVAILABLE_EN : UNAVAILABLE_NL;
        } else if (status >= 500) {
            title = english ? "Something went wrong" : "Er ging iets mis";
            text = (english ? "Please try again later. If it keeps failing, give this code to your administrator: "
                    : "Probeer het later opnieuw. Blijft het misgaan? Noem deze code aan de beheerder: ") + correlationId;
        } else {
            title = english ? "This did not work" : "Dit lukte niet";
            text = english ? "Groeipad cannot handle this request. Open Groeipad from your course."
                    : "Groeipad kan dit verzoek niet verwerken. Open Groeipad vanuit je cursus.";
        }
        return Html.page(english ? "en" : "nl", title, "<h1>" + Html.escape(title) + "</h1>\n<p>" + Html.escape(text)
                + "</p>\n<p class=\"muted\">" + (english ? "Code" : "Code") + ": HTTP-" + status + "</p>");
    }

    /** Dutch unless the request's Accept-Language prefers English (the server's own locale plays no part). */
    private static boolean english(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return false;
        }
        var languages = request.getLocales();
        while (languages.hasMoreElements()) {
            var language = languages.nextElement().getLanguage();
            if (language.equals("nl")) {
                return false;
            }
            if (language.equals("en")) {
                return true;
            }
        }
        return false;
    }
}
