package nl.groeipad.platform.boundary;

import jakarta.servlet.http.HttpServlet;

/**
 * Tells the HTTP listener's edge filters (outside the app, on the server's class path: {@code nl.groeipad.edge},
 * see ARCHITECTURE "Errors") whether Groeipad serves: the JVM-wide system property {@value #PROPERTY} is "true"
 * from the moment this servlet is initialised until it is destroyed. It maps no address; {@code WEB-INF/web.xml}
 * loads it at start-up after every other servlet that loads at start-up (the JAX-RS applications), so the property
 * is set when the context has started all it starts before it takes requests. Until then (and again while the
 * context stops) the listener answers every request with Groeipad's {@code 503} instead of Payara's own error page.
 * The listener also waits for Payara's {@code APPLICATION_STARTED} ({@code nl.groeipad.edge.ApplicationsStarted}):
 * Payara maps the context's addresses only after its start-up servlets are loaded.
 */
public class ServingSignal extends HttpServlet {

    /** The name the edge filter reads ({@code nl.groeipad.edge.NotYetServing.SERVING}). */
    public static final String PROPERTY = "nl.groeipad.serving";

    @Override
    public void init() {
        System.setProperty(PROPERTY, "true");
    }

    @Override
    public void destroy() {
        System.clearProperty(PROPERTY);
    }
}
