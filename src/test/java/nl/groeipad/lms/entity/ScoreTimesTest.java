package nl.groeipad.lms.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreTimesTest {

    private static final Instant T = Instant.parse("2026-12-06T21:51:17Z");

    @Test
    void theFirstScoreOfAColumnCarriesTheMomentOfTheChange() {
        assertThat(ScoreTimes.after(null, T.plusMillis(640))).isEqualTo(T.plusMillis(640));
    }

    @Test
    void aScoreInALaterSecondCarriesItsOwnMoment() {
        assertThat(ScoreTimes.after(T, T.plusSeconds(5).plusMillis(3))).isEqualTo(T.plusSeconds(5).plusMillis(3));
        assertThat(ScoreTimes.after(T.plusMillis(999), T.plusSeconds(1))).isEqualTo(T.plusSeconds(1));
    }

    @Test
    void aSecondChangeWithinTheSameSecondIsMovedToTheNextWholeSecondSoTheLmsTakesIt() {
        assertThat(ScoreTimes.after(T, T.plusMillis(400))).isEqualTo(T.plusSeconds(1));
        assertThat(ScoreTimes.after(T.plusMillis(200), T.plusMillis(300))).isEqualTo(T.plusSeconds(1));
    }

    @Test
    void aPreviousScoreThatWasAlreadyMovedAheadIsFollowedNotOvertaken() {
        assertThat(ScoreTimes.after(T.plusSeconds(2), T.plusMillis(100))).isEqualTo(T.plusSeconds(3));
    }
}
