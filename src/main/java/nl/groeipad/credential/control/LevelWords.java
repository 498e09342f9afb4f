package nl.groeipad.credential.control;

import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Text;

/** What a level means, in plain words, as certificates and their badges say it. */
public final class LevelWords {

    private LevelWords() {
    }

    public static Text name(Level level) {
        return Text.of("Niveau " + level.name(), "Level " + level.name());
    }

    public static Text meaning(Level level) {
        return switch (level) {
            case A -> Text.of("Je doet het met hulp en uitleg.", "You do it with help and explanation.");
            case B -> Text.of("Je doet het meestal zelf. Soms vraag je hulp.",
                    "You mostly do it yourself. Sometimes you ask for help.");
            case C -> Text.of("Je doet het zelfstandig, zoals mbo Entree het vraagt.",
                    "You do it on your own, as mbo Entree asks.");
        };
    }
}
