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
import nl.groeipad.platform.entity.Text;

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
            var language = RequestLanguage.of(request);
            request.abortWith(Problem.of("unauthenticated", Text.of("Niet aangemeld", "Not signed in").in(language), 401,
                            CurrentSession.EXPIRED.in(language))
                    .at(request.getUriInfo().getRequestUri().getRawPath()).toResponse());
            return;
        }
        current.set(session.get());
        tenantScope.enter(session.get().tenant());
    }
}
