package nl.groeipad.route.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.route.control.Commands;
import nl.groeipad.route.control.RoutePlanning;
import nl.groeipad.route.entity.RouteRules;
import nl.groeipad.route.entity.StepDetails;

/** The JSON bodies of the route API, checked at the edge; the route checks the rest. */
public final class RouteRequests {

    static final String NO_BODY = "{body.data}";

    private RouteRequests() {
    }

    public record RouteRequest(
            @NotBlank(message = "{title.required}")
            @Size(max = 200, message = "{text.max}") String title,
            @Size(max = 4000, message = "{text.max}") String description,
            @NotBlank(message = "{framework.choose}") String frameworkId) {
        Commands.NewRoute command() {
            return new Commands.NewRoute(title, description, frameworkId);
        }
    }

    public record DescribeRequest(
            @NotBlank(message = "{title.required}")
            @Size(max = 200, message = "{text.max}") String title,
            @Size(max = 4000, message = "{text.max}") String description,
            Boolean certifying) {
        Commands.Describe command() {
            return new Commands.Describe(title, description, certifying);
        }
    }

    /** The level (A, B or C) a target competency is aimed at. */
    public record TargetRequest(@NotBlank(message = "{level.choose}") String level) {
        Commands.AimAt command(String competencyKey) {
            return new Commands.AimAt(competencyKey, RouteRules.level("level", level));
        }
    }

    public record StepRequest(
            @NotBlank(message = "{title.required}")
            @Size(max = 200, message = "{text.max}") String title,
            @Size(max = 4000, message = "{text.max}") String description,
            @NotBlank(message = "{competency.choose}") String competencyKey,
            @NotBlank(message = "{level.choose}") String level) {
        StepDetails details() {
            return new StepDetails(title, description, competencyKey, RouteRules.level("level", level));
        }
    }

    public record LinkRequest(@NotBlank(message = "{material.choose}") String itemId,
                              boolean suggested) {
        Commands.Link command() {
            return new Commands.Link(itemId, suggested);
        }
    }

    public record PositionRequest(@Min(value = 0, message = "{position.min}") int position) {
    }

    /**
     * A personal route for a participant: {@code templateId} copies a template; without it an empty route with
     * {@code title} on {@code frameworkId}. {@code replace}: archive the participant's current route.
     */
    public record GiveRouteRequest(
            @Size(max = 36, message = "{route.template.choose}") String templateId,
            @Size(max = 200, message = "{text.max}") String title,
            String frameworkId,
            boolean replace) {
        Commands.GiveRoute command() {
            return new Commands.GiveRoute(templateId, title, frameworkId, replace);
        }
    }

    /**
     * "Maak een plan van deze route": which steps (null: the first two), from which day (null: today), how many
     * working days between tasks (null: 1), and the days the coach chose for some material.
     */
    public record PlanRequest(@Size(max = 100, message = "{steps.max}") List<@NotNull(message = "{list.item.required}") String> stepIds,
                              LocalDate startsOn, Integer everyDays,
                              @Size(max = 1000, message = "{days.max}") List<@NotNull(message = "{list.item.required}") @Valid TaskDayRequest> days) {
        RoutePlanning.PlanFromRoute command() {
            return new RoutePlanning.PlanFromRoute(stepIds, startsOn, everyDays,
                    days == null ? null : days.stream().map(d -> new RoutePlanning.TaskDay(d.stepId(), d.itemId(), d.day())).toList());
        }
    }

    public record TaskDayRequest(@NotBlank(message = "{route.plan.day.step}") String stepId,
                                 @NotBlank(message = "{route.plan.day.item}") String itemId,
                                 @NotNull(message = "{day.choose}") LocalDate day) {
    }
}
