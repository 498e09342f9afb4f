package nl.groeipad.catalogue.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * How a person likes to learn, after the four learning styles of Kolb's learning cycle, in words a
 * participant understands. The guide asks for material "for every learning style"; coaches tag items with
 * one or more and filter on them.
 *
 * <ul>
 *   <li>{@link #DOING} (doen) — active experimentation: try it out, practise at the workplace;</li>
 *   <li>{@link #WATCHING} (kijken) — reflective observation: watch someone, a video, an example;</li>
 *   <li>{@link #THINKING} (denken) — abstract conceptualisation: read, think it through, understand why;</li>
 *   <li>{@link #FEELING} (voelen) — concrete experience: talk about it, experience it together.</li>
 * </ul>
 */
public enum LearningStyle {
    DOING("doing", "doen"),
    WATCHING("watching", "kijken"),
    THINKING("thinking", "denken"),
    FEELING("feeling", "voelen");

    private final String code;
    private final String dutch;

    LearningStyle(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    /** The code in the API, e.g. {@code "doing"}. */
    public String code() {
        return code;
    }

    public String dutch() {
        return dutch;
    }

    /** Accepts the code or the Dutch word, in any case. */
    public static Optional<LearningStyle> byCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var wanted = value.strip().toLowerCase(Locale.ROOT);
        for (var style : values()) {
            if (style.code.equals(wanted) || style.dutch.equals(wanted)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }
}
