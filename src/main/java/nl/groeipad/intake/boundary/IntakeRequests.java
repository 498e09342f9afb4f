package nl.groeipad.intake.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.intake.control.IntakeAcceptance;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.intake.control.Intakes;
import nl.groeipad.intake.entity.SelfAssessment;

/** The JSON bodies of the intake API, checked at the edge; the intake checks the rest. */
public final class IntakeRequests {

    private IntakeRequests() {
    }

    /** {@code {"answer": "already" | "a-little" | "not-yet"}} */
    public record AnswerRequest(
            @NotBlank(message = "{intake.answer.choose}")
            String answer) {
        SelfAssessment selfAssessment() {
            return SelfAssessment.parse("answer", answer);
        }
    }

    /** {@code {"score": 1..5, "note": "…"}} */
    public record ObservationRequest(
            @NotNull(message = "{score.range}")
            @Min(value = 1, message = "{score.range}")
            @Max(value = 5, message = "{score.range}") Integer score,
            @Size(max = 500, message = "{note.max}") String note) {
        Score value() {
            return Score.of(score);
        }
    }

    /** The participant's own start; optional: the organisation's default framework. */
    public record StartMineRequest(@Size(max = 36, message = "{framework.unknown}") String frameworkVersionId) {
    }

    /** Both optional: the default framework, all of its competencies. */
    public record StartRequest(
            @Size(max = 36, message = "{framework.unknown}") String frameworkVersionId,
            @Size(max = 50, message = "{competencies.max}")
            List<@NotBlank(message = "{competency.choose}")
                 @Size(max = 36, message = "{competencies.ofFramework}")
                 String> competencyKeys) {
        Intakes.StartIntake command() {
            return new Intakes.StartIntake(frameworkVersionId, competencyKeys);
        }
    }

    /** The suggestions as the coach accepts them, possibly changed: per goal a competency, level and items. */
    public record AcceptanceRequest(
            @NotNull(message = "{competencies.required}")
            @Size(min = 1, max = 5, message = "{intake.goals.size}")
            List<@NotNull(message = "{competency.choose}") @Valid GoalChoice> goals) {
        List<IntakeAcceptance.Choice> choices() {
            return goals.stream().map(GoalChoice::choice).toList();
        }
    }

    /** {@code {"competencyKey": "…", "level": "A", "itemIds": ["…"], "dueOn": "2026-05-01"}}; dueOn optional. */
    public record GoalChoice(
            @NotBlank(message = "{competency.choose}")
            @Size(max = 36, message = "{competency.ofFramework}")
            String competencyKey,
            @NotBlank(message = "{level.choose}") String level,
            @Size(max = 10, message = "{items.max}")
            List<@NotBlank(message = "{material.choose}") String> itemIds,
            LocalDate dueOn) {
        IntakeAcceptance.Choice choice() {
            return new IntakeAcceptance.Choice(competencyKey, level, itemIds, dueOn);
        }
    }
}
