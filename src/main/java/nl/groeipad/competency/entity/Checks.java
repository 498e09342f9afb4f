package nl.groeipad.competency.entity;

import java.util.UUID;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/** The input rules of framework texts, in one place: stripped, required or optional, and a maximum length. */
final class Checks {

    static final int TITLE = 2000;
    static final int CODE = 200;
    static final int LONG_TEXT = 20000;

    private Checks() {
    }

    static String required(String field, String value, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidField(field, new Text("Vul dit in.", "Please fill this in."));
        }
        return limited(field, stripped, max);
    }

    static String optional(String field, String value, int max) {
        var stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : limited(field, stripped, max);
    }

    private static final java.util.regex.Pattern UUID_FORM =
            java.util.regex.Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    /** A key as given (a UUID in its 36-character form, kept exactly), or a new random one for null. */
    static String key(String field, String value) {
        if (value == null) {
            return UUID.randomUUID().toString();
        }
        if (!isUuid(value)) {
            throw new InvalidField(field, new Text("Dit is geen geldige identifier (UUID).",
                    "This is not a valid identifier (UUID)."));
        }
        return value;
    }

    static boolean isUuid(String value) {
        return value != null && UUID_FORM.matcher(value).matches();
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidField(field, new Text("Dit is te lang: hoogstens " + max + " tekens.",
                    "This is too long: at most " + max + " characters."));
        }
        return value;
    }
}
