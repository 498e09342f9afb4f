package nl.groeipad.observation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.observation.control.Observations;

/** The JSON bodies of the observation API, checked at the edge; the observation checks the rest. */
public final class ObservationRequests {

    private ObservationRequests() {
    }

    /**
     * {@code {"frameworkVersionId", "competencyKeys": [..], "level": "A", "goalId"?, "periodDays"?: 21,
     * "situations": ["inpakken lijn 2", "magazijn"], "guideConfirmed": true}}
     */
    public record StartRequest(
            @NotBlank(message = "{framework.choose}") @Size(max = 36, message = "{framework.unknown}")
            String frameworkVersionId,
            @NotNull(message = "{competencies.required}") @Size(min = 1, max = 20, message = "{competencies.max}")
            List<@NotBlank(message = "{competency.choose}") @Size(max = 36, message = "{competencies.ofFramework}") String> competencyKeys,
            @NotBlank(message = "{level.choose}") @Size(max = 10, message = "{level.choose}") String level,
            @Size(max = 36, message = "{observation.goal.unknown}") String goalId,
            @Min(value = 1, message = "{observation.period.range}") @Max(value = 365, message = "{observation.period.range}")
            Integer periodDays,
            @NotNull(message = "{observation.situations.min}") @Size(min = 2, max = 10, message = "{observation.situations.min}")
            List<@NotBlank(message = "{observation.situation.name}") @Size(max = 80, message = "{observation.situation.name}") String> situations,
            boolean guideConfirmed) {
        Observations.StartObservation command() {
            return new Observations.StartObservation(frameworkVersionId, competencyKeys, level, goalId, periodDays,
                    situations, guideConfirmed);
        }
    }

    /** {@code {"name": "magazijn"}} */
    public record SituationRequest(
            @NotBlank(message = "{observation.situation.name}") @Size(max = 80, message = "{observation.situation.name}")
            String name) {
    }

    /**
     * {@code {"indicatorId", "situationId", "score": 1..5 | null, "notSeen": false, "note"?, "corrects"?, "reason"?,
     * "key"?}}; {@code key}: a UUID the device made for this tap (idempotency, see {@code ScoreReplay})
     */
    public record ScoreRequest(
            @NotBlank(message = "{observation.indicator.choose}") @Size(max = 36, message = "{observation.indicator.choose}")
            String indicatorId,
            @NotBlank(message = "{observation.situation.choose}") @Size(max = 36, message = "{observation.situation.choose}")
            String situationId,
            @Min(value = 1, message = "{score.range}") @Max(value = 5, message = "{score.range}") Integer score,
            boolean notSeen,
            @Size(max = 500, message = "{note.max}") String note,
            @Size(max = 36, message = "{observation.corrects.unknown}") String corrects,
            @Size(max = 500, message = "{observation.reason.max}") String reason,
            @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                    message = "{observation.key.uuid}") String key) {
        Observations.RecordScore command() {
            return new Observations.RecordScore(indicatorId, situationId, score, notSeen, note, corrects, reason, key);
        }
    }

    /** {@code {"guideConfirmed": true, "reason"?, "feedbackGood"?, "feedbackNext"?}} */
    public record ConcludeRequest(
            boolean guideConfirmed,
            @Size(max = 1000, message = "{observation.text.max}") String reason,
            @Size(max = 1000, message = "{observation.text.max}") String feedbackGood,
            @Size(max = 1000, message = "{observation.text.max}") String feedbackNext) {
        Observations.Conclude command() {
            return new Observations.Conclude(guideConfirmed, reason, feedbackGood, feedbackNext);
        }
    }

    /** {@code {"kind": "training"|"test"|"practical-exam", "achievedOn": "2026-03-01", "competencyKey", "level", "note"?}} */
    public record OfflineRequest(
            @NotBlank(message = "{observation.offline.kind}") @Size(max = 20, message = "{observation.offline.kind}") String kind,
            @NotNull(message = "{observation.offline.date}") LocalDate achievedOn,
            @NotBlank(message = "{competency.choose}") @Size(max = 36, message = "{competency.ofFramework}") String competencyKey,
            @NotBlank(message = "{level.choose}") @Size(max = 10, message = "{level.choose}") String level,
            @Size(max = 500, message = "{note.max}") String note) {
        Observations.RecordOffline command() {
            return new Observations.RecordOffline(kind, achievedOn, competencyKey, level, note);
        }
    }
}
