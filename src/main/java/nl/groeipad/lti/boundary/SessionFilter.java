package nl.groeipad.lti.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import nl.groeipad.lti.control.SessionTokens;
import nl.groeipad.platform.boundary.OperatorOnly;
import nl.groeipad.platform.boundary.Problem;
import nl.groeipad.platform.boundary.RequestLanguage;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Text;

/**
 * Every API call except the operator's needs a valid session token. The verified session fixes the tenant of the
 * request, which {@code TenantData} then applies to every query. The exemption is structural: JAX-RS has matched
 * the request to a resource, and only a resource marked {@link OperatorOnly} (which the admin secret guards
 * instead) is left alone — the path's spelling plays no part.
 * <p>
 * It lives in {@code lti} beside {@link SessionTokens}, which issues and verifies the tokens, so that the
 * dependency points one way: {@code lti} uses {@code platform}'s session and tenant scope, never the reverse.
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

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (forTheOperator(resource)) {
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

    static boolean forTheOperator(ResourceInfo resource) {
        return resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(OperatorOnly.class);
    }
}
