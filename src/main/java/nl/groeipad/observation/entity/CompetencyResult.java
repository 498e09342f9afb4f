package nl.groeipad.observation.entity;

import java.util.Objects;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Published;

/**
 * The conclusion of an observation for one competency, by the mastery rule (see docs/observation.md): the level
 * observed and whether it was reached.
 *
 * @param competencyKey      the competency's key (stable across framework versions)
 * @param competencyTitle    its title in the framework version observed
 * @param level              the level observed (A, B or C)
 * @param reached            true when every indicator of the competency was scored ≥ 4 in at least two situations
 * @param indicatorsReached  how many of its indicators met that rule
 * @param indicatorsTotal    how many indicators it has in the observation
 * @param comment            one plain Dutch sentence for the participant (and an LMS gradebook comment)
 */
@Published
public record CompetencyResult(String competencyKey, String competencyTitle, Level level, boolean reached,
                               int indicatorsReached, int indicatorsTotal, String comment) {

    public CompetencyResult {
        Objects.requireNonNull(competencyKey, "competencyKey");
        Objects.requireNonNull(level, "level");
        if (indicatorsReached < 0 || indicatorsTotal < 0 || indicatorsReached > indicatorsTotal) {
            throw new IllegalArgumentException("indicatorsReached " + indicatorsReached + " of " + indicatorsTotal);
        }
    }

    /** Indicators reached as a share of all (0 when there are none): e.g. for a score given out of a maximum. */
    public double share() {
        return indicatorsTotal == 0 ? 0 : (double) indicatorsReached / indicatorsTotal;
    }
}
