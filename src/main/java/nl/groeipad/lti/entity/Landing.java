package nl.groeipad.lti.entity;

import java.util.Map;
import java.util.Optional;
import nl.groeipad.platform.entity.Role;

/**
 * Where a launch of a deep-linked activity lands in the app, read from the custom parameters the teacher's choice
 * put on it ({@link DeepLinkChoice}): the page path after {@code #/}, or empty for the home page. Anything
 * unknown or malformed lands on the home page, never on an address the platform made up.
 */
public final class Landing {

    private Landing() {
    }

    public static Optional<String> of(Map<String, Object> custom, Role role) {
        if (custom == null) {
            return Optional.empty();
        }
        var open = text(custom.get(DeepLinkChoice.OPEN));
        if ("route".equals(open)) {
            if (role == Role.PARTICIPANT) {
                return Optional.of("route"); // "Mijn route": the participant's own copy
            }
            return id(custom.get(DeepLinkChoice.ROUTE)).map(id -> "routes/" + id);
        }
        // "home", "observation" (its pages belong to the observation feature; until they exist the home page, where
        // the participant's progress and the coach's participants are) and anything else: the home page.
        return Optional.empty();
    }

    private static Optional<String> id(Object value) {
        var id = text(value);
        return id != null && DeepLinkChoice.ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : null;
    }
}
