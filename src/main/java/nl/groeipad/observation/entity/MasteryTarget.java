package nl.groeipad.observation.entity;

import java.util.Objects;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Published;

/**
 * A competency and the level a route or a plan goal aims at, as another feature asks the completion check about it.
 *
 * @param competencyKey   the competency's key (stable across framework versions)
 * @param competencyTitle its title, for the sentences of the check
 * @param level           the level aimed at (A, B or C)
 */
@Published
public record MasteryTarget(String competencyKey, String competencyTitle, Level level) {

    public MasteryTarget {
        Objects.requireNonNull(competencyKey, "competencyKey");
        Objects.requireNonNull(level, "level");
        competencyTitle = competencyTitle == null ? competencyKey : competencyTitle;
    }
}
