package nl.groeipad.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.groeipad.lti.boundary.DeepLinkingResource;
import nl.groeipad.lti.boundary.JwksResource;
import nl.groeipad.lti.boundary.LaunchResource;
import nl.groeipad.lti.boundary.LoginResource;
import nl.groeipad.lti.boundary.LtiFailurePage;
import nl.groeipad.lti.boundary.RegisterResource;

/** The LTI protocol endpoints under {@code /lti}; their paths are a public contract with platforms. */
@ApplicationPath("lti")
public class LtiApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(LoginResource.class, LaunchResource.class, DeepLinkingResource.class, JwksResource.class, RegisterResource.class,
                LtiFailurePage.class);
    }
}
