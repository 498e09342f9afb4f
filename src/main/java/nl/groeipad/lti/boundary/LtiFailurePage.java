package nl.groeipad.lti.boundary;

import nl.groeipad.platform.boundary.RequestLanguage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.platform.boundary.Problem;
import nl.groeipad.platform.entity.Text;

/** Anything the LTI endpoints did not handle themselves (wrong method, unreadable form) still gets a friendly 4xx page. */
@Provider
public class LtiFailurePage implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(LtiFailurePage.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        var language = RequestLanguage.of(headers).code();
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500 && forMachines()) {
            var status = web.getResponse().getStatus();
            return Problem.of(status == 405 ? "method-not-allowed" : status == 404 ? "not-found" : "bad-request",
                    Text.of("Dat kan niet", "Not possible").in(language), status,
                    Text.of("De sleutelset antwoordt alleen op GET.", "The key set only answers GET.").in(language))
                    .at(uriInfo.getRequestUri().getRawPath()).toResponse();
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            var status = web.getResponse().getStatus();
            return LtiPages.problemPage(status, language,
                    new Text("Dit adres is alleen voor je leeromgeving bedoeld.", "This address is meant for your learning platform only."),
                    new Text("Open Groeipad vanuit je cursus.", "Open Groeipad from your course."), "HTTP-" + status);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in an LTI endpoint", failure);
        return LtiPages.unexpected(language);
    }

    /** The key set is read by platforms, not people: its errors are problem+json like the API's. */
    private boolean forMachines() {
        return uriInfo != null && uriInfo.getPath().replaceFirst("^/", "").startsWith("jwks");
    }
}
