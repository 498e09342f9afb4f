package nl.groeipad.observation.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The rules of the append-only score log. History is never lost:
 * <ol>
 * <li>an entry is never changed or removed;</li>
 * <li>the <em>current</em> score of an observer for an indicator in a situation is the entry no other entry
 * corrects;</li>
 * <li>the first entry of a cell is a plain entry; once a cell has one, a new entry must be a correction of
 * exactly the current entry, with a reason — so a coach who saw an older score never silently overwrites a newer
 * one (409 naming what is stored now).</li>
 * </ol>
 */
public final class ScoreLog {

    public static final int REASON_MAX = 500;

    private ScoreLog() {
    }

    /** The entries no other entry corrects, in the order given. */
    public static List<ScoreEntry> current(List<ScoreEntry> all) {
        var corrected = new HashSet<String>();
        all.stream().filter(ScoreEntry::isCorrection).forEach(e -> corrected.add(e.correctsId()));
        return all.stream().filter(e -> !corrected.contains(e.id())).toList();
    }

    /** The current entries of one observer. */
    public static List<ScoreEntry> currentOf(List<ScoreEntry> all, String observerId) {
        return current(all).stream().filter(e -> e.observerId().equals(observerId)).toList();
    }

    /**
     * Checks that a new entry may be appended to a cell whose current entry is {@code current}.
     *
     * @param corrects the entry the caller means to correct (the one they saw), or null for a first entry
     * @param reason   why, required for a correction
     * @return the reason, stripped (null for a first entry)
     */
    public static String checkAppend(Optional<ScoreEntry> current, String corrects, String reason) {
        if (corrects == null || corrects.isBlank()) {
            current.ifPresent(stored -> {
                throw new Conflict("score-exists", Text.of(
                        "Hier staat al een score: " + describe(stored, false) + ". Wil je die veranderen? "
                                + "Verbeter hem dan en schrijf waarom.",
                        "There is a score here already: " + describe(stored, true) + ". Want to change it? "
                                + "Correct it and write why."));
            });
            return null;
        }
        if (current.isEmpty() || !current.get().id().equals(corrects)) {
            throw new Conflict("score-changed", current.map(stored -> Text.of(
                    "Iemand heeft deze score net veranderd: nu staat er " + describe(stored, false)
                            + ". Kijk opnieuw en verbeter die als dat nog nodig is.",
                    "Someone just changed this score: it is now " + describe(stored, true)
                            + ". Look again and correct it if that is still needed."))
                    .orElse(Text.of("De score die je wilt verbeteren staat hier niet.",
                            "The score you want to correct is not here.")));
        }
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidField("reason", Text.of("Schrijf waarom je de score verandert.",
                    "Write why you change the score."));
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidField("reason", Text.of("Schrijf hoogstens 500 tekens.", "Write at most 500 characters."));
        }
        return why;
    }

    private static String describe(ScoreEntry e, boolean english) {
        if (e.notSeen()) {
            return english ? "\u201cnot seen\u201d" : "\u201cniet gezien\u201d";
        }
        return String.valueOf(e.score());
    }
}
