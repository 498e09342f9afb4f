package nl.groeipad.route.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.catalogue.control.SearchCriteria;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.route.entity.FrameworkVersion;
import nl.groeipad.route.entity.Route;
import nl.groeipad.route.entity.RouteSeed;
import nl.groeipad.route.entity.StepDetails;

/**
 * Gives every organisation the demo route "Starten in de groenvoorziening" once, the first time its coaches
 * open the route templates: four target competencies of the demo framework "Werknemersvaardigheden
 * (WPO-stijl)" and six steps with the starter catalogue's material.
 *
 * <p>Once per organisation, also when two first requests race: the {@link RouteSeed} row's unique key lets
 * one import win; the other rolls back. A demo route the coaches removed does not come back. The demo
 * framework and the starter catalogue are made sure of first, each in a transaction of its own, so the import
 * (in a new transaction) sees them. Material the organisation removed from its catalogue is left out; without
 * the demo framework nothing is imported.
 */
@ApplicationScoped
public class DemoRoute {

    public static final String SEED_NAME = "demo-route-v1";
    public static final String TITLE = "Starten in de groenvoorziening";
    /** The key of the demo framework, the same in every organisation (see docs/competency.md). */
    static final String FRAMEWORK_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";

    static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    static final String INSTRUCTIES = "70495458-5cce-45a5-837a-404f8fe534b9";
    static final String OP_TIJD = "a0785b0f-08ce-47af-a0e1-14f2545746cb";
    static final String TERUGKIJKEN = "04d0e596-6e69-4d9a-82ec-1d66f2b0e496";
    static final String VEILIG = "572afc48-5b47-45f7-a167-1103f8709b32";

    private static final Logger LOG = Logger.getLogger(DemoRoute.class.getName());

    @Inject
    DemoRoute self;

    @Inject
    TenantScope tenant;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    Frameworks frameworks;

    @Inject
    Catalogue catalogue;

    private final Set<String> seeded = ConcurrentHashMap.newKeySet();

    /** A step of the demo route and the titles of its starter material; {@code suggested}: workplace assignments. */
    record DemoStep(String title, String description, String competencyKey, Level level,
                    List<String> material, List<String> suggested) {
    }

    static final List<DemoStep> STEPS = List.of(
            new DemoStep("Op tijd op je werk",
                    "In het groen begint de dag vroeg. Je zoekt uit hoe je op tijd bent. En je oefent wat je doet als je "
                            + "ziek bent of later komt.",
                    OP_TIJD, Level.A,
                    List.of("Oefengesprek: bellen als je ziek bent", "Uitleg in makkelijke taal: je ziek melden"),
                    List.of("Plan je reis naar je werk")),
            new DemoStep("Veilig werken met machines en gereedschap",
                    "Je werkt met bladblazers, heggenscharen en maaiers. Je leert welke kleding en bescherming je draagt "
                            + "en hoe je veilig werkt.",
                    VEILIG, Level.A,
                    List.of("Training: veilig werken in de werkplaats"),
                    List.of("Veiligheidsronde: zie jij de gevaren?")),
            new DemoStep("Werken volgens de opdracht van de dag",
                    "Elke ochtend hoor je wat je gaat doen. Je doet het werk stap voor stap, zoals het is afgesproken.",
                    INSTRUCTIES, Level.A,
                    List.of("Oefenen met lezen op het werk"),
                    List.of("Werk stap voor stap volgens de werkinstructie")),
            new DemoStep("Hulp vragen als je iets niet weet",
                    "Weet je niet hoe iets moet? Dan vraag je het aan een collega of aan je leidinggevende. "
                            + "Dat is goed: zo leer je het.",
                    ADVIES, Level.A,
                    List.of("Zo vraag je om hulp op je werk", "Gesprek met je begeleider: wie kan mij helpen?"),
                    List.of("Vraag een collega om uitleg")),
            new DemoStep("Zelf de werkinstructie volgen",
                    "Je leest of hoort de instructie en je doet het werk zonder dat iemand naast je staat.",
                    INSTRUCTIES, Level.B,
                    List.of("Quiz: begrijp je de werkinstructie?"),
                    List.of()),
            new DemoStep("Terugkijken op je eerste weken",
                    "Je praat met je begeleider over wat goed ging en wat nog lastig is. Samen kiezen jullie wat je "
                            + "hierna gaat leren.",
                    TERUGKIJKEN, Level.A,
                    List.of("Terugkijken op je week"),
                    List.of("Werkdagboek: wat ging er vandaag goed?")));

    /** Makes sure this organisation got the demo route; costs nothing once it did. */
    public void ensure(Session session) {
        var id = tenant.require().value();
        if (seeded.contains(id)) {
            return;
        }
        try {
            self.prepareFramework(session);
            self.prepareCatalogue();
            self.importOnce(session);
            seeded.add(id);
        } catch (RuntimeException lostTheRace) {
            // usually a concurrent first request imported it; otherwise the next request tries again
            LOG.log(java.util.logging.Level.FINE, "Demo route of tenant " + id + " not imported by this request", lostTheRace);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void prepareFramework(Session session) {
        frameworks.publishedFrameworks(session);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void prepareCatalogue() {
        catalogue.search(SearchCriteria.everything().page(0, 1));
    }

    /** Imports the demo route unless this organisation had it; true when it did now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean importOnce(Session session) {
        var em = data.em();
        if (!em.createNamedQuery(RouteSeed.NAMED, RouteSeed.class).setParameter("name", SEED_NAME).getResultList()
                .isEmpty()) {
            return false;
        }
        var framework = demoFramework(session);
        if (framework.isEmpty()) {
            return false;
        }
        var now = clock.instant();
        em.persist(new RouteSeed(SEED_NAME, now));
        em.flush(); // claims the import: a concurrent first request stops here on the unique key
        em.persist(build(framework.get(), this::findItem, now));
        LOG.info(() -> "Imported the demo route for tenant " + tenant.require().value());
        return true;
    }

    /** The demo route on the demo framework, with the material {@code items} finds by title. */
    static Route build(FrameworkVersion framework, Function<String, Optional<ItemSummary>> items,
                       Instant now) {
        var route = Route.template(TITLE,
                "Voor deelnemers die net beginnen in de groenvoorziening: in parken, tuinen en plantsoenen. "
                        + "Je leert op tijd komen, veilig werken, de opdracht van de dag uitvoeren en hulp vragen.",
                framework, null, now);
                for (var key : List.of(OP_TIJD, VEILIG, INSTRUCTIES, ADVIES)) {
            if (framework.competency(key).isPresent()) {
                route.target(framework, key, Level.B, now);
            }
        }
        for (var demo : STEPS) {
            if (framework.competency(demo.competencyKey()).isEmpty()) {
                continue;
            }
            var step = route.addStep(framework, new StepDetails(demo.title(), demo.description(), demo.competencyKey(),
                    demo.level()), now);
            demo.material().forEach(title -> items.apply(title)
                    .ifPresent(item -> route.link(step.id(), Routes.material(item), false, now)));
            demo.suggested().forEach(title -> items.apply(title)
                    .filter(item -> Routes.material(item).workplaceAssignment())
                    .ifPresent(item -> route.link(step.id(), Routes.material(item), true, now)));
        }
        return route;
    }

    private Optional<FrameworkVersion> demoFramework(Session session) {
        return frameworks.publishedFrameworks(session).stream().filter(f -> FRAMEWORK_KEY.equals(f.key()))
                .findFirst().map(Routes::version);
    }

    private Optional<ItemSummary> findItem(String title) {
        return catalogue.summaries(SearchCriteria.everything().withText(title).page(0, 10)).stream()
                .filter(item -> item.title().equals(title)).findFirst();
    }
}
