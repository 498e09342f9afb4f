package nl.groeipad.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * API paths are plain: no segment carries matrix parameters ({@code /v1/admin;x=1/…}). JAX-RS ignores them
 * when it picks a resource while anything comparing path strings sees them, which made one path mean two
 * things; nothing in Groeipad uses them, so a path with a {@code ;} is refused before it is matched.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class PlainPathFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        var rawPath = request.getUriInfo().getRequestUri().getRawPath();
        if (rawPath != null && rawPath.indexOf(';') >= 0) {
            var english = request.getAcceptableLanguages().stream().anyMatch(l -> "en".equals(l.getLanguage()));
            request.abortWith(Problem.of("invalid-path", english ? "Invalid address" : "Ongeldig adres", 400,
                            english ? "This address contains a ';'. Groeipad's addresses have no parameters in the path."
                                    : "Dit adres bevat een ';'. De adressen van Groeipad hebben geen parameters in het pad.")
                    .at(rawPath).toResponse());
        }
    }
}
