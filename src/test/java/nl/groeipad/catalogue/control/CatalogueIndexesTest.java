package nl.groeipad.catalogue.control;

import static nl.groeipad.catalogue.entity.ContentBuilder.validContent;
import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The per-organisation index cache: built once per catalogue stamp, rebuilt when the stamp changes, one index per
 * organisation that holds only that organisation's items, bounded; and the stamp and the items read from the real
 * schema (H2), scoped to the organisation.
 */
class CatalogueIndexesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final CatalogueIndexes indexes = new CatalogueIndexes();
    private final AtomicInteger loads = new AtomicInteger();

    private static TenantId tenant() {
        return new TenantId(UUID.randomUUID().toString());
    }

    private static CatalogueIndex.Entry entry(String title) {
        return CatalogueIndex.Entry.of(CatalogueItem.create(validContent().title(title).build(), ItemSource.OWN, null,
                "coach", NOW));
    }

    private Supplier<List<CatalogueIndex.Entry>> counted(CatalogueIndex.Entry... entries) {
        return () -> {
            loads.incrementAndGet();
            return List.of(entries);
        };
    }

    private static List<String> found(CatalogueIndex index, String text) {
        return index.search(SearchCriteria.everything().withText(text)).ids();
    }

    @Test
    void theIndexIsBuiltOnceForAStampAndAgainWhenTheStampChanges() {
        var tenant = tenant();
        var first = entry("Veilig tillen");
        var second = entry("Veilig werken in de keuken");

        var built = indexes.index(tenant, "stamp-1", counted(first));
        var again = indexes.index(tenant, "stamp-1", counted(first, second));
        assertThat(again).isSameAs(built);
        assertThat(loads).hasValue(1);

        var changed = indexes.index(tenant, "stamp-2", counted(first, second));
        assertThat(loads).hasValue(2);
        assertThat(found(changed, "veilig")).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void eachOrganisationHasItsOwnIndexEvenWithTheSameStamp() {
        var a = tenant();
        var b = tenant();
        var ofA = entry("Ziekmelden bij je werkgever");
        var ofB = entry("Zo kun je je ziek melden");

        indexes.index(a, "same", counted(ofA));
        var indexOfB = indexes.index(b, "same", counted(ofB));

        assertThat(found(indexOfB, "ziekmelden")).containsExactly(ofB.id());
        assertThat(found(indexes.index(a, "same", counted()), "ziekmelden")).containsExactly(ofA.id());
        assertThat(loads).hasValue(2);
    }

    @Test
    void theLeastRecentlySearchedOrganisationsAreDroppedBeyondTheBound() {
        var tenants = new ArrayList<TenantId>();
        for (int n = 0; n < CatalogueIndexes.MAX_ORGANISATIONS + 3; n++) {
            var tenant = tenant();
            tenants.add(tenant);
            indexes.index(tenant, "s", counted(entry("Item " + n)));
            if (n > 0) {
                indexes.index(tenants.getFirst(), "s", counted()); // the first one stays in use
            }
        }

        assertThat(indexes.organisations()).hasSize(CatalogueIndexes.MAX_ORGANISATIONS)
                .contains(tenants.getFirst(), tenants.getLast())
                .doesNotContain(tenants.get(1), tenants.get(2), tenants.get(3));
    }

    // ---- the stamp and the items, on the real schema ------------------------------------------------

    private static CatalogueItem stored(TenantId tenant, String title) {
        return inTenantTransaction(tenant, em -> {
            var item = CatalogueItem.create(validContent().title(title).build(), ItemSource.OWN, null, null, NOW);
            em.persist(item);
            return item;
        });
    }

    private static Object stamp(TenantId tenant) {
        return inTenant(tenant, CatalogueIndexes::stamp);
    }

    @Test
    void theStampChangesWithEveryItemAddedRevisedOrRemovedInTheOrganisationOnly() {
        var tenant = newTenant();
        var other = newTenant();
        var empty = stamp(tenant);

        var item = stored(tenant, "Veilig tillen");
        var afterCreate = stamp(tenant);
        assertThat(afterCreate).isNotEqualTo(empty);

        var otherBefore = stamp(other);
        stored(other, "Iets van een andere organisatie");
        assertThat(stamp(tenant)).isEqualTo(afterCreate);
        assertThat(stamp(other)).isNotEqualTo(otherBefore);

        inTenantTransaction(tenant, em -> {
            em.find(CatalogueItem.class, item.id()).revise(validContent().title("Veilig tillen, met hulp").build(),
                    ItemSource.OWN, null, NOW); // even in the same millisecond: the version rises
            return null;
        });
        var afterRevise = stamp(tenant);
        assertThat(afterRevise).isNotEqualTo(afterCreate);

        inTenantTransaction(tenant, em -> {
            em.remove(em.find(CatalogueItem.class, item.id()));
            return null;
        });
        assertThat(stamp(tenant)).as("a revision, not a sum: back to no items is not back to the empty stamp")
                .isNotEqualTo(afterRevise).isNotEqualTo(afterCreate).isNotEqualTo(empty);
    }

    @Test
    void theIndexIsMadeOfTheOrganisationsOwnItemsOnly() {
        var tenant = newTenant();
        var other = newTenant();
        var own = stored(tenant, "Ziekmelden bij je werkgever");
        stored(other, "Zo kun je je ziek melden");

        var entries = inTenant(tenant, CatalogueIndexes::entries);

        assertThat(entries).containsExactly(CatalogueIndex.Entry.of(own));
        assertThat(found(CatalogueIndex.of(entries), "ziek melden")).containsExactly(own.id());
    }
}
