package nl.groeipad.intake.entity;

import java.util.Locale;
import java.util.Optional;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/**
 * What a participant says about one behaviour at intake. Three answers only, in the participant's own words:
 * "Dit kan ik al", "Dit kan ik een beetje", "Dit kan ik nog niet". In JSON: {@code already}, {@code a-little},
 * {@code not-yet}. Published: other features (the demo group) answer an intake through {@code Intakes.answerMine}.
 */
@Published
public enum SelfAssessment {
    /** "Dit kan ik al" — I can already do this. */
    ALREADY("already", new Text("kan ik al", "I can already do this")),
    /** "Dit kan ik een beetje" — I can do this a little. */
    A_LITTLE("a-little", new Text("een beetje", "a little")),
    /** "Dit kan ik nog niet" — I cannot do this yet. */
    NOT_YET("not-yet", new Text("nog niet", "not yet"));

    private final String code;
    private final Text words;

    SelfAssessment(String code, Text words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    /** The short words of the answer as explanations quote them ("nog niet"). */
    public Text words() {
        return words;
    }

    public static Optional<SelfAssessment> byCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (var answer : values()) {
            if (answer.code.equals(wanted)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    /** The answer for this code, or a 400 naming the field. */
    public static SelfAssessment parse(String field, String value) {
        return byCode(value).orElseThrow(() -> new InvalidField(field, new Text(
                "Kies: already (kan ik al), a-little (een beetje) of not-yet (nog niet).",
                "Choose: already, a-little or not-yet.")));
    }
}
