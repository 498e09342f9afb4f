package nl.groeipad.route.control;

import nl.groeipad.competency.entity.Level;
import nl.groeipad.route.entity.StepDetails;

/** What coaches ask of routes, as the boundary has read it. */
public final class Commands {

    private Commands() {
    }

    /** A new route on a framework version (the version row id). */
    public record NewRoute(String title, String description, String frameworkId) {
    }

    /** {@code certifying} null leaves it as it is. */
    public record Describe(String title, String description, Boolean certifying) {
        public Describe(String title, String description) {
            this(title, description, null);
        }
    }

    public record AimAt(String competencyKey, Level level) {
    }

    public record WriteStep(StepDetails details) {
    }

    /** Links a catalogue item to a step; {@code suggested}: as a suggested workplace assignment. */
    public record Link(String itemId, boolean suggested) {
    }

    /**
     * Gives a participant a personal route: a copy of the template {@code templateId}, or (without one) an empty
     * route with {@code title} on {@code frameworkId}. {@code replace}: archive the participant's current route.
     */
    public record GiveRoute(String templateId, String title, String frameworkId, boolean replace) {
    }
}
