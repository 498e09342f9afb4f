package nl.groeipad.observation.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The idempotency rule of recording a score (issue 9 §2, the coach's offline queue). The coach's device gives every
 * tap a key of its own (a UUID) and may send the same request again — after a lost answer, a reload, the
 * connection coming back. The server keeps the key with the entry (unique per organisation), and:
 * <ul>
 * <li>a request with a key that is not stored yet is recorded as usual, with its key;</li>
 * <li>a request with a key that is stored already <b>for the same request</b> (the same observation, observer,
 * behaviour, situation, value, note and corrected entry) answers the stored entry: no second entry, the same
 * answer — also when the observation has been concluded in the meantime;</li>
 * <li>a stored key with a <b>different</b> request is refused with 409 {@code idempotency-key-reused}: a key
 * belongs to one tap, never to two.</li>
 * </ul>
 * A request without a key is an ordinary append (no replay protection).
 */
public final class ScoreReplay {

    /** A key: a UUID in its usual 36-character form (stored in lower case). */
    private static final Pattern KEY = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ScoreReplay() {
    }

    /** What a request asks to record, as the rule compares it. {@code score} null means "niet gezien". */
    public record Request(String observationId, String indicatorId, String situationId, String observerId,
                          Integer score, String note, String corrects) {
    }

    /** The key as stored: null for none (absent or blank), lower case; 400 naming {@code key} when not a UUID. */
    public static String key(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var key = value.strip();
        if (!KEY.matcher(key).matches()) {
            throw new InvalidField("key", Text.of("De sleutel van deze score is geen UUID.",
                    "The key of this score is not a UUID."));
        }
        return key.toLowerCase(Locale.ROOT);
    }

    /**
     * The answer to a replayed key: the stored entry when the request is the one it was stored for; 409
     * {@code idempotency-key-reused} otherwise.
     *
     * @param storedObservationId the observation of the stored entry
     */
    public static ScoreEntry replay(String storedObservationId, ScoreEntry stored, Request request) {
        var same = storedObservationId.equals(request.observationId())
                && stored.sameCell(request.indicatorId(), request.situationId(), request.observerId())
                && Objects.equals(stored.score(), request.score())
                && Objects.equals(stored.note(), ObservationScore.note(request.note()))
                && Objects.equals(stored.correctsId(), blankToNull(request.corrects()));
        if (!same) {
            throw new Conflict("idempotency-key-reused", Text.of(
                    "Deze sleutel hoort al bij een andere score. Maak voor elke score een nieuwe sleutel.",
                    "This key belongs to another score already. Make a new key for every score."));
        }
        return stored;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
