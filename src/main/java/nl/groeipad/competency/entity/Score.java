package nl.groeipad.competency.entity;

import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/** A score on a framework's five-point scale: 1 (lowest) to 5 (highest); its words come from {@link ScaleLabels}. */
@Published
public record Score(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Score {
        if (value < MIN || value > MAX) {
            throw new InvalidField("score", new Text("Een score is 1, 2, 3, 4 of 5.", "A score is 1, 2, 3, 4 or 5."));
        }
    }

    public static Score of(int value) {
        return new Score(value);
    }

    public String labelIn(ScaleLabels labels) {
        return labels.labelOf(this);
    }

    public boolean isHigherThan(Score other) {
        return value > other.value;
    }
}
