package nl.groeipad.credential.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.groeipad.credential.control.Completions.PlanMoment;
import nl.groeipad.credential.control.Completions.RecordOutcome;

/** The JSON bodies of the completion API, checked at the edge; the moment and its log check the rest. */
public final class CompletionRequests {

    static final String NO_BODY = "{body.data}";

    private CompletionRequests() {
    }

    /**
     * Plan a completion moment (an assessment moment for a certifying route): {@code subject} "route" (default) or
     * "goal" with {@code goalId}; the date (yyyy-mm-dd); the assessor (required for an assessment); a note.
     */
    public record PlanRequest(@Size(max = 10, message = "{text.max}") String subject,
                              @Size(max = 36, message = "{text.max}") String goalId,
                              @NotNull(message = "{completion.date.required}") LocalDate date,
                              @Size(max = 200, message = "{text.max}") String assessor,
                              @Size(max = 1000, message = "{text.max}") String note) {
        PlanMoment command() {
            return new PlanMoment(subject, goalId, date, assessor, note);
        }
    }

    /**
     * Record the outcome: {@code outcome} "passed" or "not-yet", a note; a correction names the current entry in
     * {@code corrects} and says why in {@code reason}.
     */
    public record OutcomeRequest(@NotNull(message = "{completion.outcome.required}") @Size(max = 10, message = "{text.max}") String outcome,
                                 @Size(max = 1000, message = "{text.max}") String note,
                                 @Size(max = 36, message = "{text.max}") String corrects,
                                 @Size(max = 500, message = "{text.max}") String reason) {
        RecordOutcome command() {
            return new RecordOutcome(outcome, note, corrects, reason);
        }
    }
}
