package nl.groeipad.observation.entity;

import java.util.List;
import java.util.Objects;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/**
 * Whether one target (competency and level) is met by the participant's concluded observations and
 * tests or practical exams obtained elsewhere, by the completion
 * rule ({@link CompletionRule}).
 *
 * @param competencyKey   the competency's key
 * @param competencyTitle its title
 * @param level           the level aimed at
 * @param state           {@code met}, {@code not-reached} (observed at this level or higher, not reached),
 *                        {@code incomplete-only} (reached only in an observation concluded incomplete) or
 *                        {@code not-observed} (no concluded observation at this level or higher)
 * @param missing         what is missing in one plain sentence; null when met
 * @param evidence        what supports it: the concluded observation that reached it (with "early" when it was
 *                        concluded before the period ended) and offline results of this competency at this level or
 *                        higher (a test or practical exam decides too; a training is shown, see {@link OfflineRule})
 * @param forParticipant  the same in plain words for the participant ("Gehaald: …" or "Oefen nog even door. …")
 */
@Published
public record TargetCheck(String competencyKey, String competencyTitle, Level level, String state, Text missing,
                          List<Text> evidence, Text forParticipant) {

    public TargetCheck {
        Objects.requireNonNull(competencyKey, "competencyKey");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(state, "state");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(forParticipant, "forParticipant");
    }

    public boolean met() {
        return "met".equals(state);
    }
}
