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
            @NotBlank(message = "Kies een antwoord: already, a-little of not-yet. / Choose an answer: already, a-little or not-yet.")
            String answer) {
        SelfAssessment selfAssessment() {
            return SelfAssessment.parse("answer", answer);
        }
    }

    /** {@code {"score": 1..5, "note": "…"}} */
    public record ObservationRequest(
            @NotNull(message = "Kies een score van 1 tot en met 5. / Choose a score from 1 to 5.")
            @Min(value = 1, message = "Kies een score van 1 tot en met 5. / Choose a score from 1 to 5.")
            @Max(value = 5, message = "Kies een score van 1 tot en met 5. / Choose a score from 1 to 5.") Integer score,
            @Size(max = 500, message = "Schrijf hoogstens 500 tekens. / Write at most 500 characters.") String note) {
        Score value() {
            return Score.of(score);
        }
    }

    /** Both optional: the default framework, all of its competencies. */
    public record StartRequest(
            @Size(max = 36, message = "Dit raamwerk bestaat niet. / This framework does not exist.") String frameworkVersionId,
            @Size(max = 50, message = "Kies hoogstens 50 competenties. / Choose at most 50 competencies.")
            List<@NotBlank(message = "Kies een competentie. / Choose a competency.")
                 @Size(max = 36, message = "Kies competenties uit dit raamwerk. / Choose competencies of this framework.")
                 String> competencyKeys) {
        Intakes.StartIntake command() {
            return new Intakes.StartIntake(frameworkVersionId, competencyKeys);
        }
    }

    /** The suggestions as the coach accepts them, possibly changed: per goal a competency, level and items. */
    public record AcceptanceRequest(
            @NotNull(message = "Kies minstens één competentie. / Choose at least one competency.")
            @Size(min = 1, max = 5, message = "Kies 1 tot 5 competenties. / Choose 1 to 5 competencies.")
            List<@NotNull(message = "Kies een competentie. / Choose a competency.") @Valid GoalChoice> goals) {
        List<IntakeAcceptance.Choice> choices() {
            return goals.stream().map(GoalChoice::choice).toList();
        }
    }

    /** {@code {"competencyKey": "…", "level": "A", "itemIds": ["…"], "dueOn": "2026-05-01"}}; dueOn optional. */
    public record GoalChoice(
            @NotBlank(message = "Kies een competentie. / Choose a competency.")
            @Size(max = 36, message = "Kies een competentie uit het raamwerk. / Choose a competency of the framework.")
            String competencyKey,
            @NotBlank(message = "Kies niveau A, B of C. / Choose level A, B or C.") String level,
            @Size(max = 10, message = "Kies hoogstens 10 leermiddelen. / Choose at most 10 items.")
            List<@NotBlank(message = "Kies leermateriaal. / Choose learning material.") String> itemIds,
            LocalDate dueOn) {
        IntakeAcceptance.Choice choice() {
            return new IntakeAcceptance.Choice(competencyKey, level, itemIds, dueOn);
        }
    }
}
