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
 * @param organisationId the organisation whose data its launches enter: another registration's id when the operator
 *                       linked it there, else its own id
 */
public record Registration(String id, int version, String name, String issuer, String clientId, String authUrl, String tokenUrl,
                           String jwksUrl, Set<String> deploymentIds, RegistrationKind kind, String productFamily,
                           Theme theme, String logoUrl, Instant createdAt, String organisationId) {

    public Registration {
        deploymentIds = Set.copyOf(deploymentIds);
        organisationId = organisationId == null ? id : organisationId;
    }

    static Registration of(Tenant t) {
        return new Registration(t.id(), t.version(), t.name(), t.issuer(), t.clientId(), t.authUrl(), t.tokenUrl(), t.jwksUrl(),
                new TreeSet<>(t.deploymentIds()), t.kind(), t.productFamily(), t.theme(), t.logoUrl(), t.createdAt(),
                t.organisation().value());
    }

    /** The registration itself: its row, its login states and nonces. */
    public TenantId tenantId() {
        return TenantId.of(id);
    }

    /** The organisation whose data this registration's launches enter (its own, unless linked). */
    public TenantId organisation() {
        return TenantId.of(organisationId);
    }

    public boolean isLinked() {
        return !organisationId.equals(id);
    }

    /** Deployment ids are per registration (LTI Core §5.3.3); an unknown one is refused at launch. */
    public boolean hasDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds.contains(deploymentId);
    }

    public boolean isDemo() {
        return kind == RegistrationKind.DEMO;
    }
}
