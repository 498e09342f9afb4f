package nl.groeipad.tenant.control;

import java.time.Instant;
import java.util.Collection;
import nl.groeipad.platform.entity.Versioned;
import nl.groeipad.tenant.entity.Tenant;

/**
 * A tenant as the API shows it: to the operator (a platform registration) and to the organisation itself (its
 * name and look). {@code version} is the tenant's ETag, rising with every change (deployments, look).
 */
public final class TenantViews {

    private TenantViews() {
    }

    public record RegistrationView(String id, int version, String name, String issuer, String clientId, String authUrl,
                                   String tokenUrl, String jwksUrl, Collection<String> deploymentIds, String kind,
                                   Instant createdAt) implements Versioned {
        public static RegistrationView of(Tenant t) {
            return new RegistrationView(t.id(), t.version(), t.name(), t.issuer(), t.clientId(), t.authUrl(),
                    t.tokenUrl(), t.jwksUrl(), t.deploymentIds().stream().sorted().toList(), t.kind().name(),
                    t.createdAt());
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    public record OrganisationView(String name, int version, String theme, String logoUrl) implements Versioned {
        public static OrganisationView of(Tenant t) {
            return new OrganisationView(t.name(), t.version(), t.theme().folder(), t.logoUrl());
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }
}
