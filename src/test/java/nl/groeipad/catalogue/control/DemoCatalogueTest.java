package nl.groeipad.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import org.junit.jupiter.api.Test;

class DemoCatalogueTest {

    private final java.util.List<CatalogueItem> items = DemoCatalogue.items(Instant.parse("2026-01-05T08:00:00Z"));

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
                DemoCatalogue.ADVIES, DemoCatalogue.AFSTEMMEN, DemoCatalogue.INSTRUCTIES, DemoCatalogue.VEILIG,
                DemoCatalogue.KWALITEIT, DemoCatalogue.REFLECTEREN, DemoCatalogue.OP_TIJD, DemoCatalogue.COMMUNICEREN)
                .contains(DemoCatalogue.ADVIES, DemoCatalogue.AFSTEMMEN, DemoCatalogue.INSTRUCTIES, DemoCatalogue.VEILIG,
                        DemoCatalogue.KWALITEIT, DemoCatalogue.REFLECTEREN, DemoCatalogue.OP_TIJD, DemoCatalogue.COMMUNICEREN);
    }

    @Test
    void itMixesKindsAndNamesTheExternalSites() {
        assertThat(items).extracting(i -> i.content().kind()).contains(ItemKind.values());
        assertThat(items).filteredOn(i -> i.source() == ItemSource.EXTERNAL)
                .extracting(CatalogueItem::sourceName).containsExactlyInAnyOrder("Oefenen.nl", "Steffie", "WERK-portal");
    }
}
