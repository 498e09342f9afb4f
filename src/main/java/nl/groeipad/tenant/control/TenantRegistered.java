package nl.groeipad.tenant.control;

import java.util.Objects;
import nl.groeipad.platform.entity.TenantId;

/**
 * A CDI event: an organisation was registered (fired in the registering transaction — observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS}), or Groeipad started and the organisation was registered before
 * (fired once per organisation, outside a transaction, so observers catch up on what they missed). Features give the
 * organisation its starter content on it, idempotently, through {@code platform.control.StarterContent}.
 */
public record TenantRegistered(TenantId tenant) {
    public TenantRegistered {
        Objects.requireNonNull(tenant, "tenant");
    }
}
