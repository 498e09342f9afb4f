package nl.groeipad.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A transaction of its own for {@link ToolKeyRing}'s first keys. A bean apart, because the key ring asks for them
 * from methods Weld does not intercept, and from such a method Weld does not intercept a call to the bean itself, not
 * even through an injected proxy of itself: a {@code @Transactional} method of the key ring would run in the
 * caller's transaction (seen: {@code TransactionRequiredException}).
 */
@ApplicationScoped
public class KeyRingTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T ofItsOwn(Supplier<T> work) {
        return work.get();
    }
}
