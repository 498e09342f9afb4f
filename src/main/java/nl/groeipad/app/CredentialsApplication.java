package nl.groeipad.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.groeipad.credential.boundary.PublicCredentialsResource;

/**
 * The public addresses of issued certificates under {@code /credentials}: verification page and JSON, status,
 * Open Badges 3.0 (VC-JWT) and 2.0 (hosted assertion, badge class, baked image), the issuer profile and its keys.
 * No session: a certificate is found by its public id within the organisation its address names.
 */
@ApplicationPath("credentials")
public class CredentialsApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Web.withApiProviders(Set.of(PublicCredentialsResource.class));
    }
}
