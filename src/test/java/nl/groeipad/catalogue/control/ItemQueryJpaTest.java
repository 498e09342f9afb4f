package nl.groeipad.catalogue.control;

import static nl.groeipad.catalogue.entity.ContentBuilder.validContent;
import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.SharedCatalogueItem;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Paging through the catalogue in title order on the real schema (H2): the page's ids with the total, then their
 * rows — the right items in the right order on any page, the total of this organisation only (the sub-select is
 * tenant-scoped as the page is), the total also for an empty page beyond the end, and the shared list without the
 * viewer's own shares.
 */
class ItemQueryJpaTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static List<String> store(TenantId tenant, List<String> titles, ItemKind kind) {
        return inTenantTransaction(tenant, em -> {
            var ids = new ArrayList<String>();
            for (var title : titles) {
                var item = CatalogueItem.create(validContent().title(title).kind(kind).build(), ItemSource.OWN, null,
                        "coach", NOW);
                em.persist(item);
                ids.add(item.id());
            }
            return ids;
        });
    }

    private static Page<CatalogueItem> page(TenantId tenant, SearchCriteria criteria, int offset, int limit) {
        return inTenant(tenant, em -> ItemQuery.forItems(criteria).run(em, CatalogueItem.class, offset, limit));
    }

    private static List<String> titles(Page<CatalogueItem> page) {
        return page.items().stream().map(item -> item.content().title()).toList();
    }

    @Test
    void everyPageHoldsItsItemsInTitleOrderWithTheTotalOfThisOrganisationOnly() {
        var tenant = newTenant();
        var other = newTenant();
        var titles = IntStream.range(0, 25).mapToObj(n -> "Les %02d".formatted(24 - n)).toList();
        store(tenant, titles, ItemKind.CONVERSATION);
        store(other, List.of("Les 00 van een ander", "Les 99 van een ander"), ItemKind.CONVERSATION);

        var first = page(tenant, SearchCriteria.everything(), 0, 10);
        var deep = page(tenant, SearchCriteria.everything(), 20, 10);

        assertThat(titles(first)).containsExactly("Les 00", "Les 01", "Les 02", "Les 03", "Les 04", "Les 05",
                "Les 06", "Les 07", "Les 08", "Les 09");
        assertThat(first.total()).isEqualTo(25);
        assertThat(titles(deep)).containsExactly("Les 20", "Les 21", "Les 22", "Les 23", "Les 24");
        assertThat(deep.total()).isEqualTo(25);
    }

    @Test
    void aFilterCountsOnlyWhatMatchesAndAnEmptyPageBeyondTheEndStillKnowsTheTotal() {
        var tenant = newTenant();
        store(tenant, List.of("Veilig tillen", "Tillen met een collega", "Pauze nemen"), ItemKind.CONVERSATION);
        store(tenant, List.of("Werkplek opruimen"), ItemKind.WORKPLACE_ASSIGNMENT);

        var conversations = SearchCriteria.everything().withKind(ItemKind.CONVERSATION);
        var page = page(tenant, conversations, 1, 1);
        var beyond = page(tenant, conversations, 50, 10);
        var none = page(tenant, SearchCriteria.everything().withKind(ItemKind.OFFLINE_TRAINING), 0, 10);

        assertThat(titles(page)).containsExactly("Tillen met een collega");
        assertThat(page.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void theSharedListPagesByIdWithoutTheViewersOwnShares() {
        var viewer = newTenant();
        var sharer = newTenant();
        var shared = inTenantTransaction(sharer, em -> {
            var snapshots = new ArrayList<SharedCatalogueItem>();
            for (var title : List.of("Gedeeld A", "Gedeeld B")) {
                var item = CatalogueItem.create(validContent().title(title).build(), ItemSource.OWN, null, "coach", NOW);
                em.persist(item);
                var snapshot = item.shareWithOtherOrganisations(sharer, "Werkbedrijf Noord", NOW);
                em.persist(snapshot);
                snapshots.add(snapshot);
            }
            return snapshots;
        });
        inTenantTransaction(viewer, em -> {
            var own = CatalogueItem.create(validContent().title("Gedeeld door mij").build(), ItemSource.OWN, null,
                    "coach", NOW);
            em.persist(own);
            em.persist(own.shareWithOtherOrganisations(viewer, "Mijn bedrijf", NOW));
            return own;
        });

        var found = inTenant(viewer, em -> ItemQuery.forShared(SearchCriteria.everything(), viewer)
                .run(em, SharedCatalogueItem.class, 0, 100));

        var ids = found.items().stream().map(SharedCatalogueItem::id).toList();
        assertThat(ids).containsAll(shared.stream().map(SharedCatalogueItem::id).toList());
        assertThat(found.items()).noneMatch(item -> item.sharedBy(viewer));
        assertThat(found.total()).isEqualTo(ids.size());
    }
}
