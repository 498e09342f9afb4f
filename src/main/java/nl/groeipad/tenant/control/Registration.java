package nl.groeipad.tenant.control;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Tenant;
import nl.groeipad.tenant.entity.Theme;

/**
 * A registered platform (one tenant, one organisation) as everyone outside {@link TenantRegistry} sees it: a
 * read-only snapshot of the {@link Tenant} aggregate, which never leaves this feature's control.
 *
 * @param version       rises with every change of the tenant (its ETag; a change names it in If-Match)
 * @param deploymentIds the deployment ids whose launches are accepted, sorted
 */
public record Registration(String id, int version, String name, String issuer, String clientId, String authUrl, String tokenUrl,
                           String jwksUrl, Set<String> deploymentIds, RegistrationKind kind, String productFamily,
                           Theme theme, String logoUrl, Instant createdAt) {

    public Registration {
        deploymentIds = Set.copyOf(deploymentIds);
    }

    static Registration of(Tenant t) {
        return new Registration(t.id(), t.version(), t.name(), t.issuer(), t.clientId(), t.authUrl(), t.tokenUrl(), t.jwksUrl(),
                new TreeSet<>(t.deploymentIds()), t.kind(), t.productFamily(), t.theme(), t.logoUrl(), t.createdAt());
    }

    public TenantId tenantId() {
        return TenantId.of(id);
    }

    /** Deployment ids are per registration (LTI Core §5.3.3); an unknown one is refused at launch. */
    public boolean hasDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds.contains(deploymentId);
    }

    public boolean isDemo() {
        return kind == RegistrationKind.DEMO;
    }
}
