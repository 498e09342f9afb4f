package nl.groeipad.route.entity;

import java.time.Instant;
import java.util.List;
import nl.groeipad.competency.entity.Level;

/** Test fixtures: a framework version and routes on it, valid by default. */
public final class RouteFixtures {

    public static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    public static final Instant LATER = NOW.plusSeconds(3600);
    public static final String ON_TIME = "a0785b0f-08ce-47af-a0e1-14f2545746cb";
    public static final String SAFETY = "572afc48-5b47-45f7-a167-1103f8709b32";
    public static final String ADVICE = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    public static final String NOT_IN_FRAMEWORK = "00000000-0000-0000-0000-000000000001";
    public static final String COURSE = "course-1";
    public static final String PARTICIPANT = "participant-1";

    private RouteFixtures() {
    }

    public static FrameworkVersion framework() {
        return new FrameworkVersion("version-1", "framework-key", "Werknemersvaardigheden (WPO-stijl)", 1, List.of(
                new RouteCompetency(ON_TIME, "row-on-time", "Op tijd komen en afmelden"),
                new RouteCompetency(SAFETY, "row-safety", "Veilig werken"),
                new RouteCompetency(ADVICE, "row-advice", "Advies vragen en anderen erbij betrekken")));
    }

    public static Route emptyTemplate() {
        return Route.template("Starten in het groen", "Voor nieuwe deelnemers.", framework(), "coach-1", NOW);
    }

    /** A template with one target and two steps; the first step has one item and one suggested assignment. */
    public static Route template() {
        var route = emptyTemplate();
        route.target(framework(), ON_TIME, Level.B, NOW);
        var first = route.addStep(framework(), step("Op tijd op je werk", ON_TIME, Level.A), NOW);
        route.addStep(framework(), step("Veilig werken", SAFETY, Level.A), NOW);
        route.link(first.id(), lesson("item-video"), false, NOW);
        route.link(first.id(), assignment("item-travel"), true, NOW);
        return route;
    }

    public static StepDetails step(String title, String competencyKey, Level level) {
        return new StepDetails(title, "Wat je doet, in gewone woorden.", competencyKey, level);
    }

    public static Material lesson(String id) {
        return new Material(id, false);
    }

    public static Material assignment(String id) {
        return new Material(id, true);
    }
}
