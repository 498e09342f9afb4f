package nl.groeipad.credential.entity;

import java.util.Objects;
import nl.groeipad.competency.entity.Level;

/**
 * A competency and the level reached, as a certificate states it: the competency's stable key (its CASE item
 * identifier), the id of its row in the framework version, and its title as it read when issued.
 */
public record Achieved(String competencyKey, String competencyId, String title, Level level) {
    public Achieved {
        Objects.requireNonNull(competencyKey, "competencyKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
    }
}
