package nl.groeipad.observation.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Text;

/**
 * How a result obtained elsewhere (an {@link OfflineResult}) counts: <strong>a test (toets) or a practical exam
 * (praktijkexamen) for competency C at level L means level L of C is reached</strong> — the same as a concluded
 * observation that reached it, in "Mijn voortgang" and in the completion check. The coach records only what the
 * participant passed. A <strong>training</strong> completed is shown ("Ook gedaan") but does not reach a level: it
 * shows that someone learned about it, not that they can do it at work. One rule for every organisation, shown in the
 * app where the mastery rule is shown.
 */
public final class OfflineRule {

    public static final Text TEXT = Text.of(
            "Een toets of praktijkexamen van elders telt mee: heb je die gehaald op niveau B, dan heb je niveau B "
                    + "van die competentie gehaald. Een training staat erbij, maar telt niet als niveau gehaald: "
                    + "of je het kunt in je werk, blijkt uit een observatie, toets of praktijkexamen.",
            "A test or practical exam from elsewhere counts: passed at level B means level B of that competency is "
                    + "reached. A training is shown, but does not reach a level: whether you can do it at work shows "
                    + "in an observation, a test or a practical exam.");

    private OfflineRule() {
    }

    /** Whether a result of this kind reaches its level: a test or a practical exam does, a training does not. */
    public static boolean counts(OfflineKind kind) {
        return kind == OfflineKind.TEST || kind == OfflineKind.PRACTICAL_EXAM;
    }

    /**
     * The result that reaches {@code level} (or a higher one) of the competency: of the counting results, the one
     * at the highest level, newest first among equals; empty when none does.
     */
    public static Optional<CompletionRule.Offline> proof(String competencyKey, Level level,
                                                         Collection<CompletionRule.Offline> results) {
        return results.stream()
                .filter(r -> counts(r.kind()) && r.competencyKey().equals(competencyKey) && r.level().compareTo(level) >= 0)
                .max(Comparator.comparing(CompletionRule.Offline::level)
                        .thenComparing(CompletionRule.Offline::achievedOn, Comparator.nullsFirst(LocalDate::compareTo)));
    }

    /** The highest level the results reach for one competency, or empty. */
    public static Optional<Level> highest(String competencyKey, Collection<CompletionRule.Offline> results) {
        return proof(competencyKey, Level.A, results).map(CompletionRule.Offline::level);
    }
}
