package nl.groeipad.lms.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import nl.groeipad.lms.entity.ActivityProgress;
import nl.groeipad.lms.entity.GradingProgress;
import nl.groeipad.lms.entity.Score;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

/** The score body of AGS 2.0 §3.4, as Moodle 5.1 accepted it (src/test/resources/moodle/ags_token_and_score_results.json). */
class ScoreJsonTest {

    @Test
    void theBodyHasEveryFieldMoodleStores() {
        var json = Json.createReader(new StringReader(AgsClient.scoreJson(
                new Score(new BigDecimal("7.5"), BigDecimal.TEN, ActivityProgress.Completed, GradingProgress.FullyGraded,
                        "Goed gedaan"), "4", Instant.parse("2026-11-30T04:24:27Z")))).readObject();
        assertThat(json.getString("userId")).isEqualTo("4");
        assertThat(json.getJsonNumber("scoreGiven").bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(json.getJsonNumber("scoreMaximum").toString()).isEqualTo("10");
        assertThat(json.getString("activityProgress")).isEqualTo("Completed");
        assertThat(json.getString("gradingProgress")).isEqualTo("FullyGraded");
        assertThat(json.getString("comment")).isEqualTo("Goed gedaan");
        assertThat(json.getString("timestamp")).isEqualTo("2026-11-30T04:24:27Z");
    }

    @Test
    void aScoreStaysWithinZeroAndItsMaximum() {
        assertThatThrownBy(() -> Score.of(11, 10, null)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("scoreGiven");
        assertThatThrownBy(() -> Score.of(-1, 10, null)).extracting(e -> ((InvalidField) e).field()).isEqualTo("scoreGiven");
        assertThatThrownBy(() -> Score.of(0, 0, null)).extracting(e -> ((InvalidField) e).field()).isEqualTo("scoreMaximum");
        assertThatThrownBy(() -> new Score(null, BigDecimal.ONE, null, null, null))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("scoreGiven");
        assertThat(Score.of(10, 10, "  ").comment()).isNull();
    }
}
