package nl.groeipad.lti.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Purges the expired nonces of used login states, and drops retired tool keys whose time is up, every few minutes; harmless
 * when several nodes do it.
 */
@Singleton
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    LoginStates states;

    @Inject
    ToolKeyRing keys;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void purge() {
        var purged = states.purgeExpired();
        if (purged > 0) {
            LOG.fine(() -> "Purged " + purged + " expired nonces of used login states");
        }
        keys.dropExpired();
    }
}
