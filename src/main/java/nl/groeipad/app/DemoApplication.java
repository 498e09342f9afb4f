package nl.groeipad.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.groeipad.demo.boundary.DemoResource;

/** Demo mode's test platform under {@code /demo}. */
@ApplicationPath("demo")
public class DemoApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DemoResource.class);
    }
}
