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
    void eachWordIsOneLookupInTheTermIndexItsStemItsSoundAlikeOrAllItsCompoundPartsAndTitleHitsComeFirst() {
        var query = ItemQuery.forItems(all.withText("Veilig  ZIEKMELDEN"));
        // one subquery per word (the database makes each a semi-join from the term index), the words joined by AND
        assertThat(query.count()).endsWith("where i.id in (select x.id from CatalogueItem x join x.terms t where"
                + " t like :s0 escape '!' or t = :k0)"
                + " and i.id in (select x.id from CatalogueItem x join x.terms t where t like :s1 escape '!' or t = :k1"
                + " or (t = :p1_0 and x.id in (select y1.id from CatalogueItem y1 join y1.terms u1 where u1 = :p1_1)))");
        assertThat(query.count()).doesNotContain("searchTerms");
        assertThat(query.parameters()).contains(entry("s0", "veilig%"), entry("s1", "ziekmeld%"),
                entry("p1_0", "ziek"), entry("p1_1", "meld"), entry("t1", "%ziekmeld%"), entry("r1", "% ziekmeld%"));
        assertThat((String) query.parameters().get("k1")).matches("#[0-9]+");
        assertThat(query.ranked()).isTrue();
        assertThat(query.select()).startsWith("select i, case when i.content.titleKey like :t0 escape '!' then 2 else 0 end"
                        + " + case when i.content.searchTerms like :r0 escape '!' then 1 else 0 end")
                .endsWith("order by rank desc, i.content.titleKey, i.id");
        assertThat(ItemQuery.uses(query.count(), "t0")).isFalse();
        assertThat(ItemQuery.uses(query.count(), "r0")).isFalse();
        assertThat(ItemQuery.uses(query.select(), "t0")).isTrue();
        assertThat(ItemQuery.uses(query.count(), "p1_0")).isTrue();
        assertThat(ItemQuery.uses(query.count(), "p1")).isFalse();
    }

    @Test
    void theSharedListLooksUpItsOwnTermIndex() {
        var query = ItemQuery.forShared(all.withText("ziekmelden"), TenantId.of(UUID.randomUUID().toString()));
        assertThat(query.count()).contains("i.id in (select x.id from SharedCatalogueItem x join x.terms t where t like :s0 escape '!'")
                .contains("x.id in (select y1.id from SharedCatalogueItem y1 join y1.terms u1 where u1 = :p0_1)")
                .doesNotContain("from CatalogueItem x");
    }

    @Test
    void aVeryLongWordIsCutAsTheTermIndexCutsIt() {
        var query = ItemQuery.forItems(all.withText("a".repeat(150)));
        assertThat((String) query.parameters().get("s0")).isEqualTo("a".repeat(100) + "%");
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
