package nl.groeipad.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.groeipad.lti.entity.LaunchRejection;

/**
 * Runs a launch's work in one container-managed transaction: committed when it returns, rolled back when it throws
 * (also a refused launch). The launch used to demarcate with an injected {@code UserTransaction}: on Payara that
 * proxy looks the user transaction up in JNDI at every call, and once, under heavy load, the look-up at commit was
 * refused (WELD-000044) after the work had called {@code @Transactional} beans, leaving the transaction open on the
 * request thread. Our reading: the transactional interceptor marks the thread's invocation "no user transactions"
 * and restores the previous mark from a field that requests to the same bean share. {@code @Transactional} never
 * looks the user transaction up, so the launch demarcates the same way as every other bean.
 */
@ApplicationScoped
public class OneTransaction {

    @FunctionalInterface
    public interface Work<T> {
        T run() throws LaunchRejection;
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = LaunchRejection.class)
    public <T> T run(Work<T> work) throws LaunchRejection {
        return work.run();
    }
}
