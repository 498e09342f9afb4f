package nl.groeipad.it;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro server for the whole IT run (an Arquillian suite-level deployment). Arquillian normally
 * deploys each test class's {@code @Deployment} before the class and undeploys it after; with the Payara Micro
 * managed adapter that means a new server process per class (15–20 s each, and a port that the previous one may
 * still hold). This extension lets the first class's deployment happen, gives every later class that same
 * deployment instead of generating its own, keeps it deployed after each class, and undeploys it (which stops
 * the server) when the suite ends. Registered in {@code META-INF/services}; test classes keep their ordinary
 * {@code @ExtendWith(ArquillianExtension.class)} and {@code @Deployment} (see {@link Deployments}).
 */
public final class SharedServer implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployment.class);
    }

    /** The observer that turns per-class deployments into one per suite. */
    public static final class SuiteDeployment {

        private static final Logger LOG = Logger.getLogger(SharedServer.class.getName());
        /** A server that failed to start is tried again by the next class, at most this often in all. */
        private static final int STARTS = 2;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;
        @Inject
        private Instance<ClassContext> classContext;
        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private Class<?> owner;
        private boolean deployed;
        private int starts;
        private boolean ending;

        /** The first class generates the deployment; every later class gets the same scenario. */
        public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
            if (shared == null) {
                event.proceed();
                shared = scenario.get();
                owner = event.getEvent().getTestClass().getJavaClass();
            } else {
                scenario.set(shared);
            }
        }

        /** Deploys (starts the server) once; a failed start is tried again by the next class, within limits. */
        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (deployed) {
                return;
            }
            if (starts >= STARTS) {
                throw new IllegalStateException("The shared Payara Micro server did not start (" + STARTS
                        + " tries); see the first IT classes' output in target/failsafe-reports");
            }
            starts++;
            if (starts > 1) {
                Deployments.prepareRetry();
            }
            event.proceed();
            deployed = true;
        }

        /** After a class the server stays; only the end of the suite undeploys it. */
        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (ending) {
                event.proceed();
            }
        }

        /** At the end of the run: undeploy, which stops the Payara Micro process (before the containers stop). */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null) {
                return;
            }
            var context = classContext.get();
            context.activate(owner);
            try {
                scenario.set(shared);
                ending = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping the shared Payara Micro server failed", e);
            } finally {
                context.deactivate();
            }
        }
    }
}
