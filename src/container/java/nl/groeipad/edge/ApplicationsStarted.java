package nl.groeipad.edge;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.api.event.EventListener;
import org.glassfish.api.event.Events;
import org.glassfish.internal.api.Globals;
import org.glassfish.internal.data.ApplicationInfo;
import org.glassfish.internal.data.ApplicationRegistry;
import org.glassfish.internal.deployment.Deployment;

/**
 * Payara's own word that an application has finished starting: its {@code APPLICATION_STARTED} event comes after the
 * web container mapped the application's context and servlets to addresses. The web app's signal
 * ({@code nl.groeipad.serving}, from its last start-up servlet) comes earlier, while its context starts: Payara's
 * {@code StandardContext.start} loads the start-up servlets, then registers the context and then each servlet with the
 * listener's mapper. In those milliseconds a request found the context but not yet the API's servlet, and got the
 * app's 404 instead of the 503 (seen once in four CI runs, {@code BundleEdgeIT}). {@link NotYetServing} lets requests
 * through when both have said so; {@code APPLICATION_STOPPED} takes it back (an undeployment or a redeployment). The
 * started applications are kept by name, so that another application's stop does not take back this one's start.
 */
final class ApplicationsStarted implements EventListener {

    private static final Logger LOG = Logger.getLogger(ApplicationsStarted.class.getName());
    private static final ApplicationsStarted INSTANCE = new ApplicationsStarted();
    private static final AtomicBoolean LISTENING = new AtomicBoolean();
    private static final String WITHOUT_EVENTS = "Payara's deployment events are not available; the web app's signal"
            + " alone decides when the listener lets requests through";

    /** "*" stands for what ran before this listened, or for no Payara events at all. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    private ApplicationsStarted() {
    }

    /**
     * Listens to Payara's deployment events from now on (the listener's filters are made at boot, before anything is
     * deployed). An application already running then counts as started; without Payara's events at all (not inside
     * Payara) the web app's own signal is the only one, as before.
     */
    static void listen() {
        if (!LISTENING.compareAndSet(false, true)) {
            return;
        }
        try {
            var events = Globals.get(Events.class);
            if (events == null) {
                LOG.warning(WITHOUT_EVENTS);
                INSTANCE.started.add("*");
                return;
            }
            events.register(INSTANCE);
            var registry = Globals.get(ApplicationRegistry.class);
            if (registry != null) {
                INSTANCE.started.addAll(registry.getAllApplicationNames());
            }
        } catch (RuntimeException | LinkageError notInPayara) {
            LOG.log(Level.WARNING, WITHOUT_EVENTS, notInPayara);
            INSTANCE.started.add("*");
        }
    }

    /** Whether an application has started and not stopped since. */
    static boolean any() {
        return !INSTANCE.started.isEmpty();
    }

    @Override
    public void event(Event<?> event) {
        if (event.is(Deployment.APPLICATION_STARTED) && event.hook() instanceof ApplicationInfo application) {
            started.add(application.getName());
        } else if (event.is(Deployment.APPLICATION_STOPPED) && event.hook() instanceof ApplicationInfo application) {
            started.remove(application.getName());
        }
    }
}
