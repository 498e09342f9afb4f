package nl.groeipad.observation.entity;

import static nl.groeipad.observation.entity.Entries.LEAD;
import static nl.groeipad.observation.entity.Entries.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/**
 * The idempotency rule of the offline queue: a key belongs to one tap; the same request sent again answers the
 * entry stored the first time, never a second entry; the key with another request is refused.
 */
class ScoreReplayTest {

    private static final String OBSERVATION = "obs-1";

    private static ScoreReplay.Request sameAs(ScoreEntry e) {
        return new ScoreReplay.Request(OBSERVATION, e.indicatorId(), e.situationId(), e.observerId(), e.score(),
                e.note(), e.correctsId());
    }

    @Test
    void theSameRequestAgainAnswersTheStoredEntry() {
        var stored = score("i1", "s1", 4);
        assertThat(ScoreReplay.replay(OBSERVATION, stored, sameAs(stored))).isSameAs(stored);
    }

    @Test
    void aReplayOfNotSeenWithANoteAndOfACorrectionIsTheSameRequestToo() {
        var notSeen = new ScoreEntry("e1", "i1", "s1", LEAD, null, "Kort gezien", Instant.EPOCH, null, null);
        assertThat(ScoreReplay.replay(OBSERVATION, notSeen,
                new ScoreReplay.Request(OBSERVATION, "i1", "s1", LEAD, null, "  Kort gezien ", null))).isSameAs(notSeen);
        var correction = new ScoreEntry("e2", "i1", "s1", LEAD, 3, null, Instant.EPOCH, "e1", "Verkeerd getikt");
        assertThat(ScoreReplay.replay(OBSERVATION, correction,
                new ScoreReplay.Request(OBSERVATION, "i1", "s1", LEAD, 3, "", "e1"))).isSameAs(correction);
    }

    @Test
    void theKeyWithAnotherRequestIsRefused_neverASecondEntryUnderOneKey() {
        var stored = score("i1", "s1", 4);
        var other = new ScoreReplay.Request[] {
            new ScoreReplay.Request("obs-2", "i1", "s1", LEAD, 4, null, null),
            new ScoreReplay.Request(OBSERVATION, "i2", "s1", LEAD, 4, null, null),
            new ScoreReplay.Request(OBSERVATION, "i1", "s2", LEAD, 4, null, null),
            new ScoreReplay.Request(OBSERVATION, "i1", "s1", "another-coach", 4, null, null),
            new ScoreReplay.Request(OBSERVATION, "i1", "s1", LEAD, 5, null, null),
            new ScoreReplay.Request(OBSERVATION, "i1", "s1", LEAD, null, null, null),
            new ScoreReplay.Request(OBSERVATION, "i1", "s1", LEAD, 4, "Andere notitie", null),
            new ScoreReplay.Request(OBSERVATION, "i1", "s1", LEAD, 4, null, "e0"),
        };
        for (var request : other) {
            assertThatThrownBy(() -> ScoreReplay.replay(OBSERVATION, stored, request))
                    .as(request.toString())
                    .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("idempotency-key-reused"));
        }
    }

    @Test
    void aKeyIsAUuid_storedInLowerCase_blankMeansNone() {
        var key = UUID.randomUUID().toString();
        assertThat(ScoreReplay.key(key.toUpperCase())).isEqualTo(key);
        assertThat(ScoreReplay.key(null)).isNull();
        assertThat(ScoreReplay.key(" ")).isNull();
        assertThatThrownBy(() -> ScoreReplay.key("tap-1"))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("key"));
    }
}
