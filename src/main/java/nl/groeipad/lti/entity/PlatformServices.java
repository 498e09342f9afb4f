package nl.groeipad.lti.entity;

import java.util.List;
import nl.groeipad.platform.entity.Published;

/**
 * The services a platform offers with a launch: Assignment and Grade Services 2.0 (the
 * {@code lti-ags/claim/endpoint} claim: the launch's line item, the course's line-items endpoint and the scopes
 * granted) and Names and Role Provisioning Services 2.0 (the {@code lti-nrps/claim/namesroleservice} claim).
 * Every field is optional: a platform without grades or rosters still launches. URLs are kept as sent (Moodle's
 * carry {@code ?type_id=N}).
 */
@Published
public record PlatformServices(String lineItem, String lineItems, List<String> agsScopes, String contextMemberships) {

    public static final PlatformServices NONE = new PlatformServices(null, null, List.of(), null);

    public PlatformServices {
        agsScopes = agsScopes == null ? List.of() : List.copyOf(agsScopes);
    }

    public boolean offersGrades() {
        return lineItem != null || lineItems != null;
    }

    public boolean offersRoster() {
        return contextMemberships != null;
    }
}
