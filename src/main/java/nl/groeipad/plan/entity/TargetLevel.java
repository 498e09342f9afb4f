package nl.groeipad.plan.entity;

import java.util.Locale;
import java.util.Optional;
import nl.groeipad.platform.entity.Published;

/**
 * The development level a goal aims at, as the WPO method names them: A, B, and C (C meets the mbo-Entree
 * standard). Kept as this feature's own small value so that plans do not depend on the competency feature;
 * it maps one to one onto that feature's level when both meet.
 */
@Published
public enum TargetLevel {
    A, B, C;

    /** The level written as "A", "b", … ; empty for null or blank; anything else is not a level. */
    public static Optional<TargetLevel> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw PlanRules.invalid("level", "Kies niveau A, B of C.", "Choose level A, B or C.");
        }
    }
}
