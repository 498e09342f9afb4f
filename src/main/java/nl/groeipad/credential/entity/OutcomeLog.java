package nl.groeipad.credential.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import nl.groeipad.credential.entity.CompletionOutcome.Result;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The rules of a moment's outcomes, append-only: the outcome is recorded once; changing it is a <em>correction</em>,
 * a new entry that names the current entry and says why. The <em>current</em> outcome is the entry no other entry
 * corrects. A second plain entry is refused (409 {@code outcome-exists}), and so is a correction of an entry that is
 * no longer current (409 {@code outcome-changed}): two coaches never silently overwrite each other.
 */
public final class OutcomeLog {

    public static final int NOTE_MAX = 1000;
    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = 500;

    private OutcomeLog() {
    }

    /** One entry of the log. */
    public record Entry(String id, Result outcome, String note, String correctsId, String reason, String recordedBy,
                        String recordedByName, Instant recordedAt) {
    }

    /** The entry no other entry corrects (the latest, when the log is well-formed); empty for an empty log. */
    public static Optional<Entry> current(Collection<Entry> log) {
        var corrected = new HashSet<String>();
        log.forEach(e -> {
            if (e.correctsId() != null) {
                corrected.add(e.correctsId());
            }
        });
        return log.stream().filter(e -> !corrected.contains(e.id())).reduce((a, b) -> b);
    }

    /**
     * The next entry of the log, checked: the first is plain; after that only a correction of the current entry with
     * a reason of 3 to 500 characters.
     */
    public static Entry append(Collection<Entry> log, String outcome, String note, String corrects, String reason,
                               String byUserId, String byName, Instant now) {
        var result = Result.parse(outcome).orElseThrow(() -> new InvalidField("outcome", Text.of(
                "Kies de uitslag: passed (gehaald) of not-yet (nog niet).",
                "Choose the outcome: passed or not-yet.")));
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            throw new InvalidField("note", Text.of("Schrijf hooguit " + NOTE_MAX + " tekens.",
                    "Write at most " + NOTE_MAX + " characters."));
        }
        var current = current(log);
        var correcting = corrects != null && !corrects.isBlank();
        String cleanReason = null;
        if (current.isEmpty()) {
            if (correcting) {
                throw new InvalidField("corrects", Text.of("Er is nog geen uitslag om te verbeteren.",
                        "There is no outcome to correct yet."));
            }
        } else {
            if (!correcting) {
                throw new Conflict("outcome-exists", Text.of(
                        "De uitslag is al vastgelegd (" + words(current.get().outcome()).nl() + "). Verbeter hem met een "
                                + "nieuwe uitslag en een reden.",
                        "The outcome has already been recorded (" + words(current.get().outcome()).en() + "). Correct it "
                                + "with a new outcome and a reason."));
            }
            if (!current.get().id().equals(corrects.strip())) {
                throw new Conflict("outcome-changed", Text.of(
                        "Iemand anders heeft de uitslag net verbeterd. Nu staat er: " + words(current.get().outcome()).nl()
                                + ". Kijk opnieuw.",
                        "Someone else has just corrected the outcome. It is now: " + words(current.get().outcome()).en()
                                + ". Look again."));
            }
            cleanReason = reason == null ? "" : reason.strip();
            if (cleanReason.length() < REASON_MIN || cleanReason.length() > REASON_MAX) {
                throw new InvalidField("reason", Text.of(
                        "Schrijf waarom je de uitslag verbetert (" + REASON_MIN + " tot " + REASON_MAX + " tekens).",
                        "Say why you correct the outcome (" + REASON_MIN + " to " + REASON_MAX + " characters)."));
            }
        }
        return new Entry(CompletionOutcome.newId(), result, cleanNote, correcting ? corrects.strip() : null, cleanReason,
                byUserId, byName == null || byName.isBlank() ? "?" : Credential.clip(byName, 200), now);
    }

    /** The outcome in plain words. */
    public static Text words(Result result) {
        return result == Result.PASSED ? Text.of("gehaald", "passed") : Text.of("nog niet", "not yet");
    }
}
