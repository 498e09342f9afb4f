package nl.groeipad.plan.entity;

import java.util.Objects;
import nl.groeipad.platform.entity.Published;

/**
 * Identity of a participant's plan in one course. Like every id a request names, it may be text that is no id of
 * ours at all (too long, unknown): looking it up finds nothing, which callers answer with 404 after the access
 * check, so a 403 never depends on what the id says. Every lookup goes through {@code TenantData}: an id alone
 * never reaches another tenant's plan.
 */
@Published
public record PlanId(String value) {

    public PlanId {
        Objects.requireNonNull(value, "plan id");
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
