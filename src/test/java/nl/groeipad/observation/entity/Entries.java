package nl.groeipad.observation.entity;

import java.time.Instant;
import java.util.UUID;

/** Score log entries for the rule tests. */
final class Entries {

    static final String LEAD = "coach-lead";
    static final String SECOND = "coach-second";
    private static int clock;

    private Entries() {
    }

    static ScoreEntry score(String indicator, String situation, Integer score) {
        return by(LEAD, indicator, situation, score);
    }

    static ScoreEntry by(String observer, String indicator, String situation, Integer score) {
        return new ScoreEntry(UUID.randomUUID().toString(), indicator, situation, observer, score, null,
                Instant.parse("2026-03-02T09:00:00Z").plusSeconds(clock++), null, null);
    }

    static ScoreEntry notSeen(String indicator, String situation) {
        return score(indicator, situation, null);
    }

    static ScoreEntry correction(ScoreEntry of, Integer score, String reason) {
        return new ScoreEntry(UUID.randomUUID().toString(), of.indicatorId(), of.situationId(), of.observerId(), score,
                null, of.recordedAt().plusSeconds(60), of.id(), reason);
    }
}
