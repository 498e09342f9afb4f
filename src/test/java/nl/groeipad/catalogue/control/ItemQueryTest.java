package nl.groeipad.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.UUID;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

class ItemQueryTest {

    private final SearchCriteria all = SearchCriteria.everything();

    @Test
    void withoutFiltersThePageIsAlphabeticalAndNothingFiltersOnTheTenant() {
        var query = ItemQuery.forItems(all);
        assertThat(query.select()).isEqualTo("select i from CatalogueItem i order by i.content.titleKey, i.id");
        assertThat(query.count()).isEqualTo("select count(i) from CatalogueItem i");
        assertThat(query.parameters()).isEmpty();
        assertThat(query.ranked()).isFalse();
        assertThat(query.select() + query.count()).doesNotContainIgnoringCase("tenant");
    }

    @Test
    void everyFilterAddsOneConditionToBothStatements() {
        var criteria = all.withKind(ItemKind.VIDEO).withLevel('B').withStyle(LearningStyle.FEELING).withOnline(true)
                .withCompetency("3f1c9d2e-0000-4000-8000-00000000c0de", "Veilig werken").withSource(ItemSource.OWN);
        var query = ItemQuery.forItems(criteria);
        assertThat(query.count()).isEqualTo("select count(i) from CatalogueItem i where "
                + "i.content.competencyKey = :competencyKey and i.content.competencyTitle = :competencyTitle and "
                + "i.content.levelB = true and i.content.kind = :kind and i.content.online = :online and "
                + "i.content.styleFeeling = true and i.source = :source");
        assertThat(query.select()).contains(query.count().substring(query.count().indexOf(" where ")));
        assertThat(query.parameters()).containsEntry("kind", ItemKind.VIDEO).containsEntry("online", true)
                .containsEntry("source", ItemSource.OWN).containsEntry("competencyTitle", "Veilig werken");
    }

    @Test
    void eachWordOfTheTextMustOccurAndItemsWithMoreWordsInTheTitleComeFirst() {
        var query = ItemQuery.forItems(all.withText("Veilig  WÉRKEN"));
        assertThat(query.count()).endsWith("where i.content.searchText like :w0 escape '!' and i.content.searchText like :w1 escape '!'");
        assertThat(query.parameters()).containsOnly(entry("w0", "%veilig%"), entry("w1", "%werken%"));
        assertThat(query.ranked()).isTrue();
        assertThat(query.select()).startsWith("select i, case when i.content.titleKey like :w0 escape '!' then 1 else 0 end"
                        + " + case when i.content.titleKey like :w1 escape '!' then 1 else 0 end as rank")
                .endsWith("order by rank desc, i.content.titleKey, i.id");
    }

    @Test
    void wildcardsInTheSearchTextAreTakenLiterally() {
        assertThat(ItemQuery.contains("100%_zeker!")).isEqualTo("%100!%!_zeker!!%");
    }

    @Test
    void theSharedListLeavesOutTheViewersOwnSharesAndHasNoSourceFilter() {
        var viewer = TenantId.of(UUID.randomUUID().toString());
        var query = ItemQuery.forShared(all.withSource(ItemSource.EXTERNAL).withKind(ItemKind.VIDEO), viewer);
        assertThat(query.count()).isEqualTo(
                "select count(i) from SharedCatalogueItem i where i.ownerTenantId <> :viewer and i.content.kind = :kind");
        assertThat(query.parameters()).containsEntry("viewer", viewer.value()).doesNotContainKey("source");
    }
}
