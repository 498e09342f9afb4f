package nl.groeipad.platform.boundary;

import nl.groeipad.platform.entity.Text;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import nl.groeipad.platform.control.AdminSecret;

/** The operator's endpoints under {@code /api/v1/admin/} require the admin secret in {@code X-Admin-Secret}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdminSecretFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Admin-Secret";

    @Inject
    AdminSecret secret;

    static boolean isAdminPath(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("v1/admin/")
                || request.getUriInfo().getPath().startsWith("/v1/admin/");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isAdminPath(request)) {
            return;
        }
        if (!secret.matches(request.getHeaderString(HEADER))) {
            var language = RequestLanguage.of(request);
            request.abortWith(Problem.of("admin-secret-required",
                            Text.of("Beheerderssleutel nodig", "Admin secret required").in(language), 401,
                            Text.of("Geef de juiste beheerderssleutel mee (X-Admin-Secret).",
                                    "Send the correct admin secret (X-Admin-Secret).").in(language))
                    .at(request.getUriInfo().getRequestUri().getRawPath()).toResponse());
        }
    }
}
