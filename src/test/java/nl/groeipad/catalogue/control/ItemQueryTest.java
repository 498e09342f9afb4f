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
        assertThat(query.ids()).isEqualTo("select i.id, (select count(j) from CatalogueItem j) from CatalogueItem i"
                + " order by i.content.titleKey, i.id");
        assertThat(query.byIds()).isEqualTo("select i from CatalogueItem i where i.id in :ids");
        assertThat(query.count()).isEqualTo("select count(i) from CatalogueItem i");
        assertThat(query.parameters()).isEmpty();
        assertThat(query.ranked()).isFalse();
        assertThat(query.select()).isNull();
        assertThat(query.ids() + query.count()).doesNotContainIgnoringCase("tenant");
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
        var where = query.count().substring(query.count().indexOf(" where "));
        assertThat(query.ids()).contains(where + " order by")
                .contains("(select count(j) from CatalogueItem j" + where.replace("i.", "j.") + ")");
        assertThat(query.parameters()).containsEntry("kind", ItemKind.VIDEO).containsEntry("online", true)
                .containsEntry("source", ItemSource.OWN).containsEntry("competencyTitle", "Veilig werken");
    }

    @Test
    void eachWordMustOccurAsItsStemItsCompoundPartsOrItsSoundAlikeAndTitleHitsComeFirst() {
        var query = ItemQuery.forItems(all.withText("Veilig  ZIEKMELDEN"));
        assertThat(query.count()).endsWith("where (i.content.searchTerms like :s0 escape '!' or i.content.searchTerms like :k0 escape '!')"
                + " and (i.content.searchTerms like :s1 escape '!' or (i.content.searchTerms like :p1_0 escape '!'"
                + " and i.content.searchTerms like :p1_1 escape '!') or i.content.searchTerms like :k1 escape '!')");
        assertThat(query.parameters()).contains(entry("s0", "% veilig%"), entry("s1", "% ziekmeld%"),
                entry("p1_0", "% ziek %"), entry("p1_1", "% meld %"), entry("t1", "%ziekmeld%"));
        assertThat((String) query.parameters().get("k1")).matches("% #[0-9]+ %");
        assertThat(query.ranked()).isTrue();
        assertThat(query.select()).startsWith("select i, case when i.content.titleKey like :t0 escape '!' then 2 else 0 end"
                        + " + case when i.content.searchTerms like :s0 escape '!' then 1 else 0 end")
                .endsWith("order by rank desc, i.content.titleKey, i.id");
        assertThat(ItemQuery.uses(query.count(), "t0")).isFalse();
        assertThat(ItemQuery.uses(query.select(), "t0")).isTrue();
        assertThat(ItemQuery.uses(query.count(), "p1_0")).isTrue();
        assertThat(ItemQuery.uses(query.count(), "p1")).isFalse();
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
