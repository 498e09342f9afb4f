package nl.groeipad.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Objects;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/**
 * The words a framework gives the five points of its scale, e.g. 1 "Nog niet" … 5 "Kan het een ander leren".
 * Each label is 1 to 60 characters and has no comma (Moodle's scale format separates values by commas);
 * labels are distinct, so a score can be read back from its label. Stored with its framework version, in the
 * columns {@code scale_label_1} … {@code scale_label_5}; like the version it belongs to, never changed in place
 * (a new scale is a new value).
 */
@Embeddable
@Published
public record ScaleLabels(
        @Column(name = "scale_label_1") String label1,
        @Column(name = "scale_label_2") String label2,
        @Column(name = "scale_label_3") String label3,
        @Column(name = "scale_label_4") String label4,
        @Column(name = "scale_label_5") String label5) {

    public static final ScaleLabels DEFAULT = new ScaleLabels(List.of(
            "Nog niet", "Met veel hulp", "Met een beetje hulp", "Zelfstandig", "Kan het een ander leren"));

    public ScaleLabels {
        var checked = checked(java.util.Arrays.asList(label1, label2, label3, label4, label5));
        label1 = checked.get(0);
        label2 = checked.get(1);
        label3 = checked.get(2);
        label4 = checked.get(3);
        label5 = checked.get(4);
    }

    public ScaleLabels(List<String> labels) {
        var checked = checked(labels);
        this(checked.get(0), checked.get(1), checked.get(2), checked.get(3), checked.get(4));
    }

    public static ScaleLabels of(String... labels) {
        return new ScaleLabels(List.of(labels));
    }

    /** The five labels, for 1 to 5. */
    public List<String> labels() {
        return List.of(label1, label2, label3, label4, label5);
    }

    public String labelOf(Score score) {
        return labels().get(score.value() - 1);
    }

    private static List<String> checked(List<String> labels) {
        Objects.requireNonNull(labels);
        if (labels.size() != Score.MAX) {
            throw invalid("Een schaal heeft precies 5 woorden: voor 1 tot en met 5.",
                    "A scale has exactly 5 labels: for 1 to 5.");
        }
        var stripped = labels.stream().map(l -> l == null ? "" : l.strip()).toList();
        for (var label : stripped) {
            if (label.isEmpty() || label.length() > 60) {
                throw invalid("Geef elk punt van de schaal een woord van 1 tot 60 tekens.",
                        "Give each point of the scale a label of 1 to 60 characters.");
            }
            if (label.contains(",")) {
                throw invalid("Een woord van de schaal mag geen komma hebben.", "A scale label cannot contain a comma.");
            }
        }
        if (stripped.stream().distinct().count() != stripped.size()) {
            throw invalid("Geef elk punt van de schaal een ander woord.", "Give each point of the scale a different label.");
        }
        return stripped;
    }

    private static InvalidField invalid(String nl, String en) {
        return new InvalidField("scale", new Text(nl, en));
    }
}
