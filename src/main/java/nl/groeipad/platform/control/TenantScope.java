package nl.groeipad.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import nl.groeipad.platform.entity.TenantId;

/**
 * The tenant the current request acts for. Set once per request: by the session-token filter for API calls,
 * or by the LTI launch once the id_token's registration is known. It cannot be changed to another tenant
 * within the same request.
 */
@RequestScoped
public class TenantScope {

    private TenantId tenant;

    public void enter(TenantId tenantId) {
        if (tenant != null && !tenant.equals(tenantId)) {
            throw new IllegalStateException("a request acts for one tenant only");
        }
        this.tenant = tenantId;
    }

    public Optional<TenantId> current() {
        return Optional.ofNullable(tenant);
    }

    /**
     * Does {@code work} for a tenant in a request that acts for none yet (a registration, the start-up pass of
     * starter content), and leaves the request as it was; in a request of that same tenant it simply does it.
     */
    public <T> T actingFor(TenantId tenantId, java.util.function.Supplier<T> work) {
        if (tenant != null) {
            if (!tenant.equals(tenantId)) {
                throw new IllegalStateException("a request acts for one tenant only");
            }
            return work.get();
        }
        tenant = tenantId;
        try {
            return work.get();
        } finally {
            tenant = null;
        }
    }

    public TenantId require() {
        if (tenant == null) {
            throw new IllegalStateException("no tenant in scope: tenant data needs an authenticated request");
        }
        return tenant;
    }
}
