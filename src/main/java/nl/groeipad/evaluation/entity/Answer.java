package nl.groeipad.evaluation.entity;

import java.util.Locale;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/** One of the three answers to a reflection question, each shown with a pictogram: good, so-so, not yet. */
public enum Answer {
    GOOD, SOMETIMES, NOT_YET;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The answer a request names ("good", "sometimes", "not-yet"), else 400 naming the field. */
    public static Answer parse(String field, String value) {
        if (value != null) {
            for (var answer : values()) {
                if (answer.json().equals(value.strip())) {
                    return answer;
                }
            }
        }
        throw new InvalidField(field, Text.of("Kies een antwoord.", "Choose an answer."));
    }
}
