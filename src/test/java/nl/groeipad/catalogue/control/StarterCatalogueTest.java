package nl.groeipad.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import org.junit.jupiter.api.Test;

class StarterCatalogueTest {

    private final java.util.List<CatalogueItem> items = StarterCatalogue.items(Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void theStarterCatalogueHasTwentyDifferentItems() {
        assertThat(items).hasSize(20);
        assertThat(items).extracting(i -> i.content().title()).doesNotHaveDuplicates();
        assertThat(items).allSatisfy(i -> {
            assertThat(i.content().language()).isEqualTo("nl");
            assertThat(i.content().levels().isEmpty()).isFalse();
            assertThat(i.content().competency().key()).as("the demo framework's competency key").hasSize(36);
            assertThat(i.createdBy()).isNull();
        });
    }

    @Test
    void everyCompetencyOfTheDemoFrameworkHasMaterial() {
        assertThat(items).extracting(i -> i.content().competency()).containsOnly(
                StarterCatalogue.ADVIES, StarterCatalogue.AFSTEMMEN, StarterCatalogue.INSTRUCTIES, StarterCatalogue.VEILIG,
                StarterCatalogue.KWALITEIT, StarterCatalogue.REFLECTEREN, StarterCatalogue.OP_TIJD, StarterCatalogue.COMMUNICEREN)
                .contains(StarterCatalogue.ADVIES, StarterCatalogue.AFSTEMMEN, StarterCatalogue.INSTRUCTIES, StarterCatalogue.VEILIG,
                        StarterCatalogue.KWALITEIT, StarterCatalogue.REFLECTEREN, StarterCatalogue.OP_TIJD, StarterCatalogue.COMMUNICEREN);
    }

    @Test
    void itMixesKindsAndNamesTheExternalSites() {
        assertThat(items).extracting(i -> i.content().kind()).contains(ItemKind.values());
        assertThat(items).filteredOn(i -> i.source() == ItemSource.EXTERNAL)
                .extracting(CatalogueItem::sourceName).containsExactlyInAnyOrder("Oefenen.nl", "Steffie", "WERK-portal");
    }

    @Test
    void everyStarterItemHasInstructionsInShortSteps() {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.content().instructions()).as(i.content().title()).hasSizeBetween(4, 12)
                    .allSatisfy(step -> assertThat(step.length()).isLessThanOrEqualTo(120));
            assertThat(i.content().description()).as("no starter item sends the reader to the coach to find it")
                    .doesNotContain("Vraag je begeleider waar");
        });
    }

    @Test
    void onlineStarterMaterialHasAPublicHttpsLinkOrExplainsItselfInGroeipad() {
        assertThat(items).filteredOn(i -> i.content().online()).allSatisfy(i -> {
            if (i.content().url() == null) {
                assertThat(i.content().description()).as(i.content().title()).containsAnyOf("in korte stappen", "voor jezelf");
            } else {
                assertThat(i.content().url()).startsWith("https://");
            }
        });
    }
}
