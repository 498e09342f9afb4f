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

    public TenantId require() {
        if (tenant == null) {
            throw new IllegalStateException("no tenant in scope: tenant data needs an authenticated request");
        }
        return tenant;
    }
}
