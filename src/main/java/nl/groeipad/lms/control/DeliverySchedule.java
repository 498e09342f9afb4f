package nl.groeipad.lms.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.groeipad.platform.entity.TenantId;

/**
 * When this node should next look at an organisation's outbox, so the worker does not query every organisation on
 * every tick: a score recorded here wakes it after its transaction commits; after a round the worker notes when the
 * next retry is due; and a slow sweep over all organisations finds what other nodes recorded or left behind.
 */
@ApplicationScoped
public class DeliverySchedule {

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<TenantId, Instant> due = new ConcurrentHashMap<>();

    /** Look at this organisation's outbox as soon as the current transaction has committed (at once without one). */
    public void afterCommit(TenantId tenant) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            dueAt(tenant, Instant.EPOCH);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dueAt(tenant, Instant.EPOCH);
                }
            }
        });
    }

    /** Look at this organisation's outbox at {@code when} (or earlier, if something else is due earlier). */
    public void dueAt(TenantId tenant, Instant when) {
        due.merge(tenant, when, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** The organisations due by {@code now}, taken off the schedule. */
    List<TenantId> takeDue(Instant now) {
        var ready = due.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
        ready.forEach(tenant -> due.computeIfPresent(tenant, (t, when) -> when.isAfter(now) ? when : null));
        return ready;
    }
}
