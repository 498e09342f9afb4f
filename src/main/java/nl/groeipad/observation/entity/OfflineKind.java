package nl.groeipad.observation.entity;

import java.util.Locale;
import java.util.Optional;
import nl.groeipad.platform.entity.Text;

/** Where an offline result was obtained. */
public enum OfflineKind {
    TRAINING(Text.of("Training", "Training")),
    TEST(Text.of("Toets", "Test")),
    PRACTICAL_EXAM(Text.of("Praktijkexamen", "Practical exam"));

    private final Text label;

    OfflineKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "training", "test", "practical-exam". */
    public static Optional<OfflineKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (var k : values()) {
            if (k.json().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
