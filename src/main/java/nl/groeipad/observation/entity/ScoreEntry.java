package nl.groeipad.observation.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the score log of an observation, as the rules read it: what an observer recorded for one
 * behavioural indicator in one work situation. Entries are never changed; a correction is a new entry that names
 * the entry it corrects and why.
 *
 * @param score      1–5 on the framework's scale, or null for "niet gezien / geef een opdracht"
 * @param correctsId the entry this one corrects, or null for a first entry
 * @param reason     why it was corrected (required for a correction), or null
 */
public record ScoreEntry(String id, String indicatorId, String situationId, String observerId, Integer score,
                         String note, Instant recordedAt, String correctsId, String reason) {

    public ScoreEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(observerId, "observerId");
    }

    /** "Niet gezien / geef een opdracht": an explicit choice, never a low score. */
    public boolean notSeen() {
        return score == null;
    }

    public boolean isCorrection() {
        return correctsId != null;
    }

    /** The same observer, indicator and situation: entries of one cell of one observer's grid. */
    public boolean sameCell(String indicator, String situation, String observer) {
        return indicatorId.equals(indicator) && situationId.equals(situation) && observerId.equals(observer);
    }
}
