package nl.groeipad.plan.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.groeipad.plan.control.Plans.NewGoal;
import nl.groeipad.plan.entity.CompetencyRef;
import nl.groeipad.plan.entity.GoalDetails;
import nl.groeipad.plan.entity.LearningItemRef;
import nl.groeipad.plan.entity.TargetLevel;
import nl.groeipad.plan.entity.TaskDetails;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The JSON bodies of the plan API and how they become the domain's details. Dates are ISO calendar days
 * ("2026-03-02"); a date that is no date is refused naming its field.
 */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record TaskRequest(
            @NotBlank(message = "{plan.task.title.required}")
            @Size(max = 200, message = "{text.max}") String title,
            @NotBlank(message = "{day.choose}") String day,
            @Size(max = 36, message = "{text.max}") String catalogueItemId,
            @Size(max = 300, message = "{text.max}") String itemTitle,
            @Size(max = 1000, message = "{text.max}") String itemUrl,
            Boolean done) {

        /** True when the coach records work already done: the task is stored ticked off, its day today or earlier. */
        boolean alreadyDone() {
            return Boolean.TRUE.equals(done);
        }

        TaskDetails details() {
            return new TaskDetails(title, date("day", day), LearningItemRef.ofNullable(catalogueItemId, itemTitle, itemUrl));
        }
    }

    public record GoalRequest(
            @NotBlank(message = "{plan.goal.title.required}")
            @Size(max = 200, message = "{text.max}") String title,
            @Size(max = 36, message = "{text.max}") String competencyKey,
            @Size(max = 300, message = "{text.max}") String competencyTitle,
            @Size(max = 1, message = "{level.choose}") String level,
            @NotBlank(message = "{plan.goal.dueOn.required}") String dueOn,
            List<@NotNull(message = "{list.item.required}") @Valid TaskRequest> tasks) {

        GoalDetails details() {
            return new GoalDetails(title, CompetencyRef.ofNullable(competencyKey, competencyTitle),
                    TargetLevel.parse(level).orElse(null), date("dueOn", dueOn));
        }

        NewGoal command() {
            return new NewGoal(details(), tasks == null ? List.of() : tasks.stream().map(TaskRequest::details).toList());
        }
    }

    public record CreatePlanRequest(String startsOn, String endsOn, 
            List<@NotNull(message = "{list.item.required}") @Valid GoalRequest> goals) {
    }

    public record NoteRequest(@Size(max = 500, message = "{text.max}") String note) {
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, new Text("Dit is geen datum. Schrijf het als jjjj-mm-dd.",
                    "This is not a date. Write it as yyyy-mm-dd."));
        }
    }
}
