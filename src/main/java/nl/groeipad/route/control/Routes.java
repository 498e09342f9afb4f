package nl.groeipad.route.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Access.Owner;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.CourseId;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.UserId;
import nl.groeipad.route.control.Commands.AimAt;
import nl.groeipad.route.control.Commands.Describe;
import nl.groeipad.route.control.Commands.GiveRoute;
import nl.groeipad.route.control.Commands.Link;
import nl.groeipad.route.control.Commands.NewRoute;
import nl.groeipad.route.control.RouteViews.RouteSummary;
import nl.groeipad.route.control.RouteViews.RouteView;
import nl.groeipad.route.entity.FrameworkVersion;
import nl.groeipad.route.entity.Material;
import nl.groeipad.route.entity.Route;
import nl.groeipad.route.entity.RouteCompetency;
import nl.groeipad.route.entity.RouteKind;
import nl.groeipad.route.entity.StepDetails;

/**
 * Route templates and personal routes of the caller's organisation, with who may do what ({@link CourseAccess}):
 * <ul>
 *   <li>templates: coaches and admins of the organisation read and write them; a participant gets 403;</li>
 *   <li>a personal route: the coach (or admin) of its course reads and adapts it; its participant reads it
 *       through {@link #myRoute} (403 on the coach's paths); for other coaches it does not exist (404);</li>
 *   <li>ids of another organisation are unknown (404), through {@link TenantData}.</li>
 * </ul>
 * Every edit ({@link #target}, {@link #addStep}, {@link #link} …) works on a route id, template or personal
 * alike; each returns the whole route as it is now, with its new version.
 *
 * <p>Concurrency (see {@link Route}): every edit locks the route and checks the {@link Precondition} its caller
 * sent against the route's version. The boundary requires one for every replacement, removal and move; adding
 * a step or linking material appends and needs none (a precondition that is sent is checked all the same).
 */
@ApplicationScoped
@Transactional
public class Routes {

    static final Text ROUTE = Text.of("deze route", "this route");

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    Frameworks frameworks;

    @Inject
    Catalogue catalogue;

    @Inject
    CourseAccess access;

    // ---- templates ------------------------------------------------------------------------------

    /** The organisation's templates (the starter route included), by title. */
    public List<RouteSummary> templates(Session session) {
        access.requireCoach(session);
        return data.em().createNamedQuery(Route.TEMPLATES, Route.class).setParameter("kind", RouteKind.TEMPLATE)
                .getResultList().stream().map(RouteSummary::of).toList();
    }

    public RouteView create(Session session, NewRoute command) {
        access.requireCoach(session);
        var route = Route.template(command.title(), command.description(), framework(session, command.frameworkId()),
                session.userId(), clock.instant());
        data.em().persist(route);
        return changed(route);
    }

    /** A template, or a personal route of the caller's course. */
    public RouteView route(Session session, String routeId) {
        access.requireRole(session, Work.COACH);
        return view(visible(session, find(routeId).orElseThrow(() -> NotFound.of(ROUTE))));
    }

    public RouteView describe(Session session, String routeId, Precondition seen, Describe command) {
        var route = editable(session, routeId, seen);
        route.describe(command.title(), command.description(), clock.instant());
        if (command.certifying() != null) {
            route.certifying(command.certifying(), clock.instant());
        }
        return changed(route);
    }

    /** Removes a template (personal copies stay) or a personal route (the participant then has none). */
    public void remove(Session session, String routeId, Precondition seen) {
        data.em().remove(editable(session, routeId, seen));
    }

    // ---- editing, templates and personal routes alike -------------------------------------------

    public RouteView target(Session session, String routeId, Precondition seen, AimAt command) {
        var route = editable(session, routeId, seen);
        route.target(framework(session, route), command.competencyKey(), command.level(), clock.instant());
        return changed(route);
    }

    public RouteView removeTarget(Session session, String routeId, Precondition seen, String competencyKey) {
        var route = editable(session, routeId, seen);
        parked(route::parkTargets);
        route.removeTarget(competencyKey, clock.instant());
        return changed(route);
    }

    /** Adds a step at the end (no precondition: it appends); answers the route and the new step's id. */
    public Added addStep(Session session, String routeId, Precondition seen, StepDetails details) {
        var route = editable(session, routeId, seen);
        var step = route.addStep(framework(session, route), details, clock.instant());
        return new Added(step.id(), changed(route));
    }

    /** The id of what was added, and the whole route after it. */
    public record Added(String id, RouteView route) {
    }

    public RouteView reviseStep(Session session, String routeId, Precondition seen, String stepId, StepDetails details) {
        var route = editable(session, routeId, seen);
        route.reviseStep(framework(session, route), stepId, details, clock.instant());
        return changed(route);
    }

    public RouteView removeStep(Session session, String routeId, Precondition seen, String stepId) {
        var route = editable(session, routeId, seen);
        route.step(stepId); // an unknown step: 404 before anything is written
        parked(route::parkSteps);
        route.removeStep(stepId, clock.instant());
        return changed(route);
    }

    public RouteView moveStep(Session session, String routeId, Precondition seen, String stepId, int position) {
        var route = editable(session, routeId, seen);
        route.step(stepId); // an unknown step: 404 before anything is written
        parked(route::parkSteps);
        route.moveStep(stepId, position, clock.instant());
        return changed(route);
    }

    /**
     * Links an item of the organisation's catalogue at the end of a step (no precondition: it appends); an
     * unknown item: 400 naming {@code itemId}.
     */
    public RouteView link(Session session, String routeId, Precondition seen, String stepId, Link command) {
        var route = editable(session, routeId, seen);
        var item = catalogue.summary(command.itemId()).orElseThrow(() -> new InvalidField("itemId", new Text(
                "Dit leermateriaal bestaat niet (meer) in jullie catalogus.",
                "This material does not exist (any more) in your catalogue.")));
        route.link(stepId, material(item), command.suggested(), clock.instant());
        return changed(route);
    }

    public RouteView unlink(Session session, String routeId, Precondition seen, String stepId, String itemId) {
        var route = editable(session, routeId, seen);
        parked(() -> route.parkItems(stepId));
        route.unlink(stepId, itemId, clock.instant());
        return changed(route);
    }

    public RouteView moveItem(Session session, String routeId, Precondition seen, String stepId, String itemId,
                              int position) {
        var route = editable(session, routeId, seen);
        parked(() -> route.parkItems(stepId));
        route.moveItem(stepId, itemId, position, clock.instant());
        return changed(route);
    }

    // ---- personal routes ------------------------------------------------------------------------

    /** The active route of a participant of the caller's course (404 when there is none). */
    public RouteView personalRoute(Session session, String courseId, String participantId) {
        access.coachedCourse(session, courseId);
        return activeRoute(courseId, participantId).map(this::view).orElseThrow(() -> NotFound.of(ROUTE));
    }

    /**
     * Gives a participant of the caller's course a personal route: a copy of a template, or an empty route.
     * A participant has one active route per course: with {@code replace} the current one is archived,
     * without it the request is refused (409 {@code route-exists}).
     */
    public RouteView givePersonalRoute(Session session, String courseId, String participantId, GiveRoute command) {
        access.participantOf(session, courseId, participantId);
        var now = clock.instant();
        Route route;
        if (command.templateId() != null && !command.templateId().isBlank()) {
            var template = find(command.templateId()).filter(Route::isTemplate)
                    .orElseThrow(() -> new InvalidField("templateId", new Text("Kies een route uit de lijst.",
                            "Choose a route from the list.")));
            route = template.copyFor(courseId, participantId, session.userId(), now);
        } else {
            route = Route.personal(command.title(), null, framework(session, command.frameworkId()), courseId,
                    participantId, session.userId(), now);
        }
        var current = activeRoute(courseId, participantId);
        if (current.isPresent()) {
            if (!command.replace()) {
                throw new Conflict("route-exists", new Text(
                        "Deze deelnemer heeft al een route. Kies voor vervangen als je een nieuwe route wilt geven.",
                        "This participant already has a route. Choose to replace it to give a new one."));
            }
            // The current route is archived under its lock, like every change to a route.
            data.findForChange(Route.class, current.get().id()).orElseThrow().archive(now);
            data.em().flush(); // the old route lets go of "active" before the new one takes it
        }
        data.em().persist(route);
        return view(route);
    }

    /** The caller's own active route in the course they launched from; status "none" while there is none. */
    public RouteView myRoute(Session session) {
        return activeRoute(session.courseId(), session.userId()).map(this::view)
                .orElseGet(() -> RouteView.none(session.courseId(), session.userId()));
    }

    /** A participant's active route in a list: who, which route, its title. */
    public record ActiveRoute(String participantId, String routeId, String title) {
    }

    /** The active routes of the participants of the caller's course, for "Mijn deelnemers"; one query. */
    public List<ActiveRoute> activeRoutesInCourse(Session session, String courseId) {
        access.coachedCourse(session, courseId);
        return data.em().createNamedQuery(Route.ACTIVE_IN_COURSE, Object[].class).setParameter("courseId", courseId)
                .getResultList().stream()
                .map(row -> new ActiveRoute((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** A participant's active route with its targets, for the coach's completion overview. */
    public record RouteTargets(String participantId, String routeId, String title, boolean certifying,
                               List<RouteViews.TargetView> targets) {
    }

    /**
     * The active routes of the participants of the caller's course with their targets in order: one statement
     * whatever the number of participants (the coach's completion overview).
     */
    public List<RouteTargets> activeRouteTargetsInCourse(Session session, String courseId) {
        access.coachedCourse(session, courseId);
        var routes = new java.util.LinkedHashMap<String, RouteTargets>();
        data.em().createQuery("select r.participantId, r.id, r.title, r.certifying, t.competencyKey, t.competencyId, "
                        + "t.competencyTitle, t.level from Route r left join r.targets t where r.courseId = :courseId "
                        + "and r.activeKey is not null order by r.participantId, t.position", Object[].class)
                .setParameter("courseId", courseId).getResultList().forEach(row -> {
                    var route = routes.computeIfAbsent((String) row[1], id -> new RouteTargets((String) row[0], id,
                            (String) row[2], (Boolean) row[3], new java.util.ArrayList<>()));
                    if (row[4] != null) {
                        route.targets().add(new RouteViews.TargetView((String) row[4], (String) row[5],
                                (String) row[6], ((Enum<?>) row[7]).name()));
                    }
                });
        return List.copyOf(routes.values());
    }

    // ---- control API for other features (plan) --------------------------------------------------

    /** The active personal route of a participant of the caller's course, for a coach; empty when none. */
    public Optional<RouteView> activeRouteOf(Session session, String courseId, String participantId) {
        access.requireRole(session, Work.COACH);
        if (!access.coachesIn(session, courseId)) {
            return Optional.empty();
        }
        return activeRoute(courseId, participantId).map(this::view);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Optional<Route> activeRoute(String courseId, String participantId) {
        if (courseId == null || participantId == null) {
            return Optional.empty();
        }
        return data.em().createNamedQuery(Route.ACTIVE_OF, Route.class)
                .setParameter("activeKey", Route.activeKey(courseId, participantId)).getResultStream().findFirst();
    }

    /**
     * A route to change: locked for the rest of the transaction (writers of one route take turns, its version
     * rises once), and refused (412) when the version the caller saw is not the stored one.
     */
    private Route editable(Session session, String routeId, Precondition seen) {
        access.requireRole(session, Work.COACH);
        var route = visible(session, data.findForChange(Route.class, routeId).orElseThrow(() -> NotFound.of(ROUTE)));
        seen.check(route.version(), route.label(), () -> view(route));
        data.willChange(route);
        return route;
    }

    /** A template, or a personal route of the caller's course: coach work, also when it is one's own route. */
    private Route visible(Session session, Route route) {
        if (route.isPersonal()) {
            access.require(session, new Owner(CourseId.of(route.courseId()), UserId.of(route.participantId())),
                    Work.COACH, ROUTE);
        }
        return route;
    }

    /** Writes the parked positions of a list before the change that renumbers it (positions are unique). */
    private void parked(Runnable park) {
        park.run();
        data.em().flush();
    }

    /** The route as stored now: written first, so it shows the new version. */
    private RouteView changed(Route route) {
        data.em().flush();
        return view(route);
    }

    private Optional<Route> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(data.em().find(Route.class, id));
    }

    private RouteView view(Route route) {
        return RouteView.of(route, catalogue.summaries(route.itemIds()));
    }

    /** The framework version a new route is built on: a published (or older) version of the organisation. */
    private FrameworkVersion framework(Session session, String frameworkId) {
        if (frameworkId == null || frameworkId.isBlank() || frameworkId.length() > 36) {
            throw unknownFramework();
        }
        FrameworkDetails details;
        try {
            details = frameworks.version(session, frameworkId);
        } catch (NotFound e) {
            throw unknownFramework();
        }
        if ("draft".equals(details.status())) {
            throw new InvalidField("frameworkId", new Text("Kies een gepubliceerd raamwerk, geen concept.",
                    "Choose a published framework, not a draft."));
        }
        return version(details);
    }

    private FrameworkVersion framework(Session session, Route route) {
        return version(frameworks.version(session, route.frameworkId()));
    }

    static FrameworkVersion version(FrameworkDetails details) {
        return new FrameworkVersion(details.id(), details.key(), details.title(), details.version(),
                details.competencies().stream().map(c -> new RouteCompetency(c.key(), c.id(), c.title())).toList());
    }

    private static InvalidField unknownFramework() {
        return new InvalidField("frameworkId", new Text("Kies een raamwerk uit de lijst.",
                "Choose a framework from the list."));
    }

    static Material material(ItemSummary item) {
        return new Material(item.id(), item.workplaceAssignment());
    }
}
