package nl.groeipad.route.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.groeipad.route.control.Commands;
import nl.groeipad.route.entity.RouteRules;
import nl.groeipad.route.entity.StepDetails;

/** The JSON bodies of the route API, checked at the edge; the route checks the rest. */
public final class RouteRequests {

    static final String NO_BODY = "Stuur de gegevens als JSON. / Send the data as JSON.";

    private RouteRequests() {
    }

    public record RouteRequest(
            @NotBlank(message = "Vul een titel in. / Enter a title.")
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String title,
            @Size(max = 4000, message = "Hoogstens 4000 tekens. / At most 4000 characters.") String description,
            @NotBlank(message = "Kies een raamwerk. / Choose a framework.") String frameworkId) {
        Commands.NewRoute command() {
            return new Commands.NewRoute(title, description, frameworkId);
        }
    }

    public record DescribeRequest(
            @NotBlank(message = "Vul een titel in. / Enter a title.")
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String title,
            @Size(max = 4000, message = "Hoogstens 4000 tekens. / At most 4000 characters.") String description) {
        Commands.Describe command() {
            return new Commands.Describe(title, description);
        }
    }

    /** The level (A, B or C) a target competency is aimed at. */
    public record TargetRequest(@NotBlank(message = "Kies niveau A, B of C. / Choose level A, B or C.") String level) {
        Commands.AimAt command(String competencyKey) {
            return new Commands.AimAt(competencyKey, RouteRules.level("level", level));
        }
    }

    public record StepRequest(
            @NotBlank(message = "Vul een titel in. / Enter a title.")
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String title,
            @Size(max = 4000, message = "Hoogstens 4000 tekens. / At most 4000 characters.") String description,
            @NotBlank(message = "Kies een competentie. / Choose a competency.") String competencyKey,
            @NotBlank(message = "Kies niveau A, B of C. / Choose level A, B or C.") String level) {
        StepDetails details() {
            return new StepDetails(title, description, competencyKey, RouteRules.level("level", level));
        }
    }

    public record LinkRequest(@NotBlank(message = "Kies leermateriaal. / Choose material.") String itemId,
                              boolean suggested) {
        Commands.Link command() {
            return new Commands.Link(itemId, suggested);
        }
    }

    public record PositionRequest(@Min(value = 0, message = "Een plaats is 0 of meer. / A position is 0 or more.") int position) {
    }

    /**
     * A personal route for a participant: {@code templateId} copies a template; without it an empty route with
     * {@code title} on {@code frameworkId}. {@code replace}: archive the participant's current route.
     */
    public record GiveRouteRequest(
            @Size(max = 36, message = "Kies een route uit de lijst. / Choose a route from the list.") String templateId,
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String title,
            String frameworkId,
            boolean replace) {
        Commands.GiveRoute command() {
            return new Commands.GiveRoute(templateId, title, frameworkId, replace);
        }
    }
}
