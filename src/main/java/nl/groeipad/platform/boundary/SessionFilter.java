package nl.groeipad.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import nl.groeipad.lti.control.SessionTokens;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.TenantScope;

/**
 * Every API call except the operator's admin calls needs a valid session token. The verified session
 * fixes the tenant of the request, which {@code TenantData} then applies to every query.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    @Inject
    SessionTokens tokens;

    @Inject
    CurrentSession current;

    @Inject
    TenantScope tenantScope;

    @Override
    public void filter(ContainerRequestContext request) {
        if (AdminSecretFilter.isAdminPath(request)) {
            return;
        }
        var header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        var token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        var session = tokens.verify(token);
        if (session.isEmpty()) {
            var language = request.getAcceptableLanguages().stream().anyMatch(l -> l.getLanguage().equals("en")) ? "en" : "nl";
            request.abortWith(Problem.of("unauthenticated", "en".equals(language) ? "Not signed in" : "Niet aangemeld", 401,
                            "en".equals(language) ? "Your session has expired. Open Groeipad again from your course."
                                    : "Je sessie is verlopen. Open Groeipad opnieuw vanuit je cursus.")
                    .at(request.getUriInfo().getRequestUri().getRawPath()).toResponse());
            return;
        }
        current.set(session.get());
        tenantScope.enter(session.get().tenant());
    }
}
