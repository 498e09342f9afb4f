package nl.groeipad.platform.entity;

import java.util.OptionalInt;

/**
 * Failures and rejections that control beans raise, free of any HTTP type; the boundary maps each to an
 * RFC 9457 problem with a stable type URI. A <em>rejection</em> means a business rule said no (409/422);
 * the others are about identity and access.
 */
public final class Problems {
    private Problems() {
    }

    /** Base of all problems we raise deliberately; {@code type} is the last segment of the type URI. */
    public abstract static class GroeipadProblem extends RuntimeException {
        private final String type;
        private final Text text;

        protected GroeipadProblem(String type, Text text) {
            super(type + ": " + text.en());
            this.type = type;
            this.text = text;
        }

        public String type() {
            return type;
        }

        public Text text() {
            return text;
        }
    }

    /** The id is unknown, or belongs to data the caller may not see (never tell those apart). */
    public static final class NotFound extends GroeipadProblem {
        public NotFound(Text text) {
            super("not-found", text);
        }

        /** Names what was not found in the caller's language, e.g. {@code of(new Text("deze taak", "this task"))}. */
        public static NotFound of(Text thing) {
            return new NotFound(new Text(capitalised(thing.nl()) + " is niet gevonden.",
                    capitalised(thing.en()) + " was not found."));
        }

        private static String capitalised(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** The caller is known but their role may not do this. */
    public static final class Forbidden extends GroeipadProblem {
        public Forbidden(Text text) {
            super("forbidden", text);
        }

        public static Forbidden forRole() {
            return new Forbidden(new Text("Dit mag je niet doen met jouw rol.",
                    "Your role does not allow this."));
        }

        /** A coach tried what only the participant does themselves (tick off a task, answer the intake). */
        public static Forbidden onlyTheParticipant() {
            return new Forbidden(new Text("Dit doet de deelnemer zelf, bijvoorbeeld een taak afvinken.",
                    "Only the participant does this themselves, such as ticking off a task."));
        }
    }

    /** No valid credentials. */
    public static final class Unauthenticated extends GroeipadProblem {
        public Unauthenticated(Text text) {
            super("unauthenticated", text);
        }
    }

    /** A business rule said no, e.g. a duplicate registration: HTTP 409. */
    public static final class Conflict extends GroeipadProblem {
        public Conflict(String type, Text text) {
            super(type, text);
        }
    }

    /** Input that is well-formed but not acceptable, naming the field: HTTP 400 with a field error. */
    public static final class InvalidField extends GroeipadProblem {
        private final String field;

        public InvalidField(String field, Text text) {
            super("invalid-request", text);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * What was sent is larger than Groeipad takes — in bytes, or in the number of things inside an upload (the
     * limits are documented where they apply): HTTP 413. Nothing was stored.
     */
    public static final class TooLarge extends GroeipadProblem {
        public TooLarge(Text text) {
            super("too-large", text);
        }
    }

    /**
     * A change to an aggregate two people can edit came without the version it was made on ({@code If-Match}):
     * HTTP 428. See {@link Precondition}.
     */
    public static final class PreconditionRequired extends GroeipadProblem {
        public PreconditionRequired() {
            super("precondition-required", new Text(
                    "Stuur mee welke versie je zag (If-Match: \"<versie>\", de ETag van wat je las), zodat niemands "
                            + "wijziging verloren gaat. Laad de gegevens opnieuw en probeer het nog eens.",
                    "Say which version you saw (If-Match: \"<version>\", the ETag of what you read), so that nobody's "
                            + "change gets lost. Load the data again and try once more."));
        }
    }

    /**
     * A change was made on an older version than the stored one — someone else changed the aggregate in the
     * meantime: HTTP 412 with the stored version and representation, so the person sees the newest version
     * and decides again. Nothing was changed.
     */
    public static final class StaleVersion extends GroeipadProblem {
        private final int currentVersion;
        private final transient Object current;

        public StaleVersion(Text what, OptionalInt sentVersion, int currentVersion, Object current) {
            super("stale-version", sentence(what, sentVersion, currentVersion));
            this.currentVersion = currentVersion;
            this.current = current;
        }

        private static Text sentence(Text what, OptionalInt sent, int now) {
            var versions = sent.isPresent()
                    ? new Text(" (jij zag versie " + sent.getAsInt() + ", nu is het versie " + now + ")",
                            " (you saw version " + sent.getAsInt() + ", it is now version " + now + ")")
                    : new Text(" (nu is het versie " + now + ")", " (it is now version " + now + ")");
            return new Text("Iemand anders heeft " + what.nl() + " net veranderd" + versions.nl()
                    + ". Je ziet nu de nieuwste versie: kijk of jouw wijziging nog nodig is en doe die dan opnieuw.",
                    "Someone else just changed " + what.en() + versions.en()
                            + ". You now see the newest version: check whether your change is still needed and make it again.");
        }

        public int currentVersion() {
            return currentVersion;
        }

        /** The stored representation, answered as the problem's {@code current} member. */
        public Object current() {
            return current;
        }
    }
}
