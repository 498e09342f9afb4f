package nl.groeipad.evaluation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.groeipad.evaluation.control.Evaluations;

/** The JSON bodies of the evaluation API, checked at the edge. */
public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** {@code {"everyWeeks": 4}} */
    public record ScheduleRequest(
            @NotNull(message = "{evaluation.weeks.range}") @Min(value = 1, message = "{evaluation.weeks.range}")
            @Max(value = 26, message = "{evaluation.weeks.range}") Integer everyWeeks) {
    }

    /** {@code {"dueOn": "2026-03-01", "goingWell"?, "toLearn"?}} (at least one of the two texts) */
    public record FeedbackRequest(
            @NotNull(message = "{evaluation.dueOn.required}") LocalDate dueOn,
            @Size(max = 1000, message = "{evaluation.text.max}") String goingWell,
            @Size(max = 1000, message = "{evaluation.text.max}") String toLearn) {

        public Evaluations.Feedback command() {
            return new Evaluations.Feedback(goingWell, toLearn);
        }
    }

    /** {@code {"goingWell"?, "toLearn"?}} (at least one) */
    public record FeedbackChange(
            @Size(max = 1000, message = "{evaluation.text.max}") String goingWell,
            @Size(max = 1000, message = "{evaluation.text.max}") String toLearn) {

        public Evaluations.Feedback command() {
            return new Evaluations.Feedback(goingWell, toLearn);
        }
    }

    /** {@code {"dueOn": "2026-03-01", "work": "good"|"sometimes"|"not-yet", "learning": …, "help": …, "note"?}} */
    public record ReflectionRequest(
            @NotNull(message = "{evaluation.dueOn.required}") LocalDate dueOn,
            @NotBlank(message = "{evaluation.answer.choose}") @Size(max = 16, message = "{evaluation.answer.choose}") String work,
            @NotBlank(message = "{evaluation.answer.choose}") @Size(max = 16, message = "{evaluation.answer.choose}") String learning,
            @NotBlank(message = "{evaluation.answer.choose}") @Size(max = 16, message = "{evaluation.answer.choose}") String help,
            @Size(max = 500, message = "{note.max}") String note) {

        public Evaluations.Reflect command() {
            return new Evaluations.Reflect(dueOn, work, learning, help, note);
        }
    }
}
