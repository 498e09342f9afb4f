package nl.groeipad.route.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.catalogue.control.SearchCriteria;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.catalogue.control.StarterCatalogue;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.competency.control.StarterFrameworkImport;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.control.StarterContent;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.route.entity.FrameworkVersion;
import nl.groeipad.route.entity.Route;
import nl.groeipad.route.entity.StepDetails;
import nl.groeipad.tenant.control.TenantRegistered;

/**
 * Gives every organisation the starter route "Starten in de groenvoorziening" once, when it is registered: four
 * target competencies of the starter framework "Werknemersvaardigheden (WPO-stijl)" and six steps with the starter
 * catalogue's material.
 *
 * <p>Once per organisation ({@link StarterContent}: the {@code starter-route-v1} row commits with the route, so also
 * when several nodes meet); a starter route the coaches removed does not come back. It builds on the starter
 * framework and catalogue, so it makes sure of those first (each idempotent, in a transaction of its own) and does
 * not depend on the order in which observers run. Material the organisation removed from its catalogue is left out;
 * without the starter framework nothing is imported.
 */
@ApplicationScoped
public class StarterRoute {

    /** The kind of starter content in {@code tenant_starter_content}. */
    public static final String CONTENT = "starter-route-v1";
    public static final String TITLE = "Starten in de groenvoorziening";
    /** The key of the starter framework, the same in every organisation (see docs/competency.md). */
    static final String FRAMEWORK_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";

    static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    static final String INSTRUCTIES = "70495458-5cce-45a5-837a-404f8fe534b9";
    static final String OP_TIJD = "a0785b0f-08ce-47af-a0e1-14f2545746cb";
    static final String TERUGKIJKEN = "04d0e596-6e69-4d9a-82ec-1d66f2b0e496";
    static final String VEILIG = "572afc48-5b47-45f7-a167-1103f8709b32";

    @Inject
    StarterContent starter;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    Frameworks frameworks;

    @Inject
    Catalogue catalogue;

    @Inject
    StarterFrameworkImport starterFramework;

    @Inject
    StarterCatalogue starterCatalogue;

    /** A step of the starter route and the titles of its starter material; {@code suggested}: workplace assignments. */
    record StarterStep(String title, String description, String competencyKey, Level level,
                    List<String> material, List<String> suggested) {
    }

    static final List<StarterStep> STEPS = List.of(
            new StarterStep("Op tijd op je werk",
                    "In het groen begint de dag vroeg. Je zoekt uit hoe je op tijd bent. En je oefent wat je doet als je "
                            + "ziek bent of later komt.",
                    OP_TIJD, Level.A,
                    List.of("Oefengesprek: bellen als je ziek bent", "Uitleg in makkelijke taal: je ziek melden"),
                    List.of("Plan je reis naar je werk")),
            new StarterStep("Veilig werken met machines en gereedschap",
                    "Je werkt met bladblazers, heggenscharen en maaiers. Je leert welke kleding en bescherming je draagt "
                            + "en hoe je veilig werkt.",
                    VEILIG, Level.A,
                    List.of("Training: veilig werken in de werkplaats"),
                    List.of("Veiligheidsronde: zie jij de gevaren?")),
            new StarterStep("Werken volgens de opdracht van de dag",
                    "Elke ochtend hoor je wat je gaat doen. Je doet het werk stap voor stap, zoals het is afgesproken.",
                    INSTRUCTIES, Level.A,
                    List.of("Oefenen met lezen op het werk"),
                    List.of("Werk stap voor stap volgens de werkinstructie")),
            new StarterStep("Hulp vragen als je iets niet weet",
                    "Weet je niet hoe iets moet? Dan vraag je het aan een collega of aan je leidinggevende. "
                            + "Dat is goed: zo leer je het.",
                    ADVIES, Level.A,
                    List.of("Zo vraag je om hulp op je werk", "Gesprek met je begeleider: wie kan mij helpen?"),
                    List.of("Vraag een collega om uitleg")),
            new StarterStep("Zelf de werkinstructie volgen",
                    "Je leest of hoort de instructie en je doet het werk zonder dat iemand naast je staat.",
                    INSTRUCTIES, Level.B,
                    List.of("Quiz: begrijp je de werkinstructie?"),
                    List.of()),
            new StarterStep("Terugkijken op je eerste weken",
                    "Je praat met je begeleider over wat goed ging en wat nog lastig is. Samen kiezen jullie wat je "
                            + "hierna gaat leren.",
                    TERUGKIJKEN, Level.A,
                    List.of("Terugkijken op je week"),
                    List.of("Werkdagboek: wat ging er vandaag goed?")));

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(300) TenantRegistered event) {
        importInto(event.tenant());
    }

    /** Imports the starter route unless this organisation had it; true when it did now. */
    public boolean importInto(TenantId tenant) {
        starterFramework.importInto(tenant);
        starterCatalogue.importInto(tenant);
        return starter.importOnce(tenant, CONTENT, () -> frameworks.publishedVersionOf(FRAMEWORK_KEY).map(Routes::version)
                .ifPresent(framework -> data.em().persist(build(framework, this::findItem, clock.instant()))));
    }

    /** The starter route on the starter framework, with the material {@code items} finds by title. */
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
        for (var starterStep : STEPS) {
            if (framework.competency(starterStep.competencyKey()).isEmpty()) {
                continue;
            }
            var step = route.addStep(framework, new StepDetails(starterStep.title(), starterStep.description(), starterStep.competencyKey(),
                    starterStep.level()), now);
            starterStep.material().forEach(title -> items.apply(title)
                    .ifPresent(item -> route.link(step.id(), Routes.material(item), false, now)));
            starterStep.suggested().forEach(title -> items.apply(title)
                    .filter(item -> Routes.material(item).workplaceAssignment())
                    .ifPresent(item -> route.link(step.id(), Routes.material(item), true, now)));
        }
        return route;
    }

    private Optional<ItemSummary> findItem(String title) {
        return catalogue.summaries(SearchCriteria.everything().withText(title).page(0, 10)).stream()
                .filter(item -> item.title().equals(title)).findFirst();
    }
}
