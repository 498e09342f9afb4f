package nl.groeipad.platform.boundary;

import nl.groeipad.platform.entity.Text;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import nl.groeipad.platform.control.AdminSecret;
import nl.groeipad.platform.control.AdminSecret.Verdict;

/**
 * The operator's resources ({@link OperatorOnly}) require the admin secret in {@code X-Admin-Secret}. JAX-RS binds
 * this filter to those resources after it matched the request to one, so what decides is the resource, never
 * the spelling of the path. Wrong guesses are limited per client address and overall (429 with Retry-After).
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminSecretFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Admin-Secret";

    @Inject
    AdminSecret secret;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        var address = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        var instance = request.getUriInfo().getRequestUri().getRawPath();
        var language = RequestLanguage.of(request);
        switch (secret.check(request.getHeaderString(HEADER), address)) {
            case Verdict.Accepted accepted -> {
            }
            case Verdict.Refused refused -> request.abortWith(Problem.of("admin-secret-required",
                            Text.of("Beheerderssleutel nodig", "Admin secret required").in(language), 401,
                            Text.of("Geef de juiste beheerderssleutel mee (X-Admin-Secret).",
                                    "Send the correct admin secret (X-Admin-Secret).").in(language))
                    .at(instance).toResponse());
            case Verdict.Limited limited -> {
                var seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
                request.abortWith(Problem.of("too-many-attempts", Text.of("Te veel pogingen", "Too many attempts").in(language),
                                429, Text.of("Te veel verkeerde beheerderssleutels. Probeer het over " + seconds + " seconden opnieuw.",
                                        "Too many wrong admin secrets. Try again in " + seconds + " seconds.").in(language))
                        .at(instance).toResponseWith("Retry-After", String.valueOf(seconds)));
            }
        }
    }
}
