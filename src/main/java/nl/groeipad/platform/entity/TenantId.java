package nl.groeipad.platform.entity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant: one LMS registration (issuer + client_id) and everything it owns. */
public record TenantId(String value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        UUID.fromString(value); // rejects anything that is not one of our ids
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
