package nl.groeipad.route.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.catalogue.control.StarterCatalogue;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.competency.control.StarterFramework;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.route.entity.Route;
import nl.groeipad.route.entity.Step;
import nl.groeipad.route.entity.StepItem;
import nl.groeipad.route.entity.Target;
import org.junit.jupiter.api.Test;

/** The starter route, built on the real starter framework and the real starter catalogue. */
class StarterRouteTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final List<ItemSummary> starter = starterCatalogue().stream().map(ItemSummary::of).toList();
    private final Route route = StarterRoute.build(Routes.version(FrameworkDetails.of(StarterFramework.publishedVersion(NOW))),
            this::byTitle, NOW);

    @SuppressWarnings("unchecked")
    private static List<CatalogueItem> starterCatalogue() {
        try {
            Method items = StarterCatalogue.class.getDeclaredMethod("items", Instant.class);
            items.setAccessible(true);
            return (List<CatalogueItem>) items.invoke(null, NOW);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Optional<ItemSummary> byTitle(String title) {
        return starter.stream().filter(i -> i.title().equals(title)).findFirst();
    }

    @Test
    void isATemplateOnTheStarterFramework() {
        assertThat(route.title()).isEqualTo("Starten in de groenvoorziening");
        assertThat(route.isTemplate()).isTrue();
        assertThat(route.frameworkKey()).isEqualTo(StarterRoute.FRAMEWORK_KEY).isEqualTo(StarterFramework.key());
    }

    @Test
    void aimsAtFourCompetenciesAtLevelB() {
        assertThat(route.targets()).extracting(t -> t.competency().title()).containsExactly(
                "Op tijd komen en afmelden", "Veilig werken", "Instructies opvolgen",
                "Advies vragen en anderen erbij betrekken");
        assertThat(route.targets()).extracting(Target::level).containsOnly(Level.B);
    }

    @Test
    void hasSixStepsEachWithMaterialFromTheStarterCatalogue() {
        assertThat(route.steps()).hasSize(6);
        assertThat(route.steps()).allSatisfy(step -> assertThat(step.items()).isNotEmpty());
        var titles = StarterRoute.STEPS.stream()
                .flatMap(s -> java.util.stream.Stream.concat(s.material().stream(), s.suggested().stream())).toList();
        assertThat(titles).allSatisfy(title -> assertThat(byTitle(title)).as(title).isPresent());
        assertThat(route.itemIds()).hasSize(titles.size());
    }

    @Test
    void suggestedWorkplaceAssignmentsAreWorkplaceAssignments() {
        var suggested = route.steps().stream().flatMap(s -> s.items().stream()).filter(StepItem::suggested)
                .map(StepItem::itemId).toList();
        assertThat(suggested).hasSize(5);
        assertThat(starter.stream().filter(i -> suggested.contains(i.id())))
                .allSatisfy(i -> assertThat(i.kind()).isEqualTo(ItemKind.WORKPLACE_ASSIGNMENT));
    }

    @Test
    void stepsStartAtLevelAAndGrowToB() {
        assertThat(route.steps()).extracting(Step::level).startsWith(Level.A).contains(Level.B);
    }

    @Test
    void materialTheOrganisationRemovedIsLeftOut() {
        var without = StarterRoute.build(Routes.version(FrameworkDetails.of(StarterFramework.publishedVersion(NOW))),
                title -> Optional.empty(), NOW);
        assertThat(without.steps()).hasSize(6);
        assertThat(without.itemIds()).isEmpty();
    }
}
