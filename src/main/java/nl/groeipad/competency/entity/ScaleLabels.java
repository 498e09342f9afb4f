package nl.groeipad.competency.entity;

import java.util.List;
import java.util.Objects;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/**
 * The words a framework gives the five points of its scale, e.g. 1 "Nog niet" … 5 "Kan het een ander leren".
 * Each label is 1 to 60 characters and has no comma (Moodle's scale format separates values by commas);
 * labels are distinct, so a score can be read back from its label.
 */
@Published
public record ScaleLabels(List<String> labels) {

    public static final ScaleLabels DEFAULT = new ScaleLabels(List.of(
            "Nog niet", "Met veel hulp", "Met een beetje hulp", "Zelfstandig", "Kan het een ander leren"));

    public ScaleLabels {
        Objects.requireNonNull(labels);
        if (labels.size() != Score.MAX) {
            throw invalid("Een schaal heeft precies 5 woorden: voor 1 tot en met 5.",
                    "A scale has exactly 5 labels: for 1 to 5.");
        }
        labels = labels.stream().map(l -> l == null ? "" : l.strip()).toList();
        for (var label : labels) {
            if (label.isEmpty() || label.length() > 60) {
                throw invalid("Geef elk punt van de schaal een woord van 1 tot 60 tekens.",
                        "Give each point of the scale a label of 1 to 60 characters.");
            }
            if (label.contains(",")) {
                throw invalid("Een woord van de schaal mag geen komma hebben.", "A scale label cannot contain a comma.");
            }
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw invalid("Geef elk punt van de schaal een ander woord.", "Give each point of the scale a different label.");
        }
    }

    public static ScaleLabels of(String... labels) {
        return new ScaleLabels(List.of(labels));
    }

    public String labelOf(Score score) {
        return labels.get(score.value() - 1);
    }

    private static InvalidField invalid(String nl, String en) {
        return new InvalidField("scale", new Text(nl, en));
    }
}
