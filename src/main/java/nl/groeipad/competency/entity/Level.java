package nl.groeipad.competency.entity;

import java.util.Locale;
import java.util.Optional;
import nl.groeipad.platform.entity.Published;

/**
 * A development level of the WPO method: every behavioural indicator is described at A, B and C. C is the
 * highest level and meets the standard of the mbo-Entree qualification; A and B are steps towards it for
 * people for whom mbo-Entree is not (yet) within reach.
 */
@Published
public enum Level {
    A, B, C;

    /** Level C is what the mbo-Entree qualification dossier asks. */
    public boolean meetsMboEntree() {
        return this == C;
    }

    public Optional<Level> next() {
        return this == C ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Reads "A", "b", "Niveau C", "level c" ...; empty when it is no level. */
    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var t = text.strip().toUpperCase(Locale.ROOT);
        for (var prefix : new String[] {"NIVEAU ", "LEVEL "}) {
            if (t.startsWith(prefix)) {
                t = t.substring(prefix.length()).strip();
            }
        }
        return switch (t) {
            case "A" -> Optional.of(A);
            case "B" -> Optional.of(B);
            case "C" -> Optional.of(C);
            default -> Optional.empty();
        };
    }
}
