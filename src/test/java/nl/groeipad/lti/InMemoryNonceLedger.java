package nl.groeipad.lti;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.groeipad.lti.control.LaunchValidator.NonceLedger;
import nl.groeipad.platform.entity.TenantId;

/** A nonce ledger in memory, like the table {@code lti_used_nonce}: a nonce is good once per tenant. */
public final class InMemoryNonceLedger implements NonceLedger {

    /** One nonce used up, remembered until {@code expiresAt}. */
    public record Use(TenantId tenant, String nonce, Instant expiresAt) {
    }

    private final List<Use> uses = new ArrayList<>();

    @Override
    public boolean firstUse(TenantId tenant, String nonce, Instant expiresAt) {
        if (uses.stream().anyMatch(use -> use.tenant().equals(tenant) && use.nonce().equals(nonce))) {
            return false;
        }
        return uses.add(new Use(tenant, nonce, expiresAt));
    }

    public List<Use> uses() {
        return List.copyOf(uses);
    }
}
