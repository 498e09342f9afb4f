package nl.groeipad.catalogue.control;

import static nl.groeipad.catalogue.entity.ContentBuilder.validContent;
import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.function.Consumer;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.SharedCatalogueItem;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The catalogue stamp is exact: the organisation's catalogue revision (V31) rises in the same transaction as every
 * write of one of its items, whichever write path made it — each test below does what that path in control does to
 * the entity manager — and only the organisation's own. On the real schema and persistence unit (H2).
 */
class CatalogueRevisionsTest {

    /** Everything below happens within one second, as V30's stamp (whole seconds on MariaDB) could not tell apart. */
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static Object stamp(TenantId tenant) {
        return inTenant(tenant, CatalogueIndexes::stamp);
    }

    private static CatalogueItem stored(TenantId tenant, String title) {
        return inTenantTransaction(tenant, em -> {
            var item = CatalogueItem.create(validContent().title(title).build(), ItemSource.OWN, null, "coach", NOW);
            em.persist(item);
            return item;
        });
    }

    /** The stamp before and after one transaction of the organisation, which must have raised it. */
    private static void assertRaisedBy(TenantId tenant, Consumer<EntityManager> write) {
        var before = stamp(tenant);
        inTenantTransaction(tenant, em -> {
            write.accept(em);
            return null;
        });
        assertThat(stamp(tenant)).isNotEqualTo(before);
    }

    @Test
    void anAdditionAndARemovalInTheSameSecondChangeTheStamp() {
        var tenant = newTenant();
        var removed = stored(tenant, "Veilig tillen");
        var before = stamp(tenant);

        inTenantTransaction(tenant, em -> {
            em.persist(CatalogueItem.create(validContent().title("Veilig werken").build(), ItemSource.OWN, null,
                    "coach", NOW));
            em.remove(em.find(CatalogueItem.class, removed.id()));
            return null;
        }); // same number of items, same versions, same newest change: V30's stamp stayed the same here

        assertThat(stamp(tenant)).isNotEqualTo(before);
    }

    @Test
    void anOrganisationWithoutWritesHasStampZeroAndTheFirstWriteRaisesIt() {
        var tenant = newTenant();
        assertThat(stamp(tenant)).isEqualTo(0L);
        stored(tenant, "Veilig tillen");
        assertThat(stamp(tenant)).isEqualTo(1L);
    }

    @Test
    void onlyTheOrganisationWhoseCatalogueChangedGetsANewStamp() {
        var tenant = newTenant();
        var other = newTenant();
        stored(tenant, "Veilig tillen");
        var otherBefore = stamp(other);
        var before = stamp(tenant);

        stored(other, "Iets van een andere organisatie");

        assertThat(stamp(tenant)).isEqualTo(before);
        assertThat(stamp(other)).isNotEqualTo(otherBefore);
    }

    @Test
    void createCopyFromTheSharedListDuplicateAndTheStarterImportRaiseIt() {
        var tenant = newTenant();
        var sharer = newTenant();
        var original = stored(sharer, "Gedeeld leermateriaal");
        var snapshot = inTenantTransaction(sharer, em -> {
            var shared = em.find(CatalogueItem.class, original.id()).shareWithOtherOrganisations(sharer, "ROC", NOW);
            em.persist(shared);
            return shared;
        });

        // Catalogue.create
        assertRaisedBy(tenant, em -> em.persist(
                CatalogueItem.create(validContent().title("Nieuw").build(), ItemSource.OWN, null, "coach", NOW)));
        // SharedCatalogue.copy
        assertRaisedBy(tenant, em -> em.persist(CatalogueItem.copyOf(
                em.find(SharedCatalogueItem.class, snapshot.id()), "coach", NOW)));
        // Catalogue.duplicateAsOwn
        var copy = inTenant(tenant, em -> em.createNamedQuery(CatalogueItem.COPIES_OF, Object[].class)
                .setParameter("sharedIds", java.util.List.of(snapshot.id())).getSingleResult()[1]);
        assertRaisedBy(tenant, em -> em.persist(
                em.find(CatalogueItem.class, copy).duplicateAsOwn("coach", NOW)));
        // StarterCatalogue.importInto (its instructions, later, are updates)
        assertRaisedBy(tenant, em -> StarterCatalogue.items(NOW).forEach(em::persist));
    }

    @Test
    void reviseShareWithdrawAndRemoveRaiseIt() {
        var tenant = newTenant();
        var item = stored(tenant, "Veilig tillen");

        // Catalogue.revise
        assertRaisedBy(tenant, em -> changeable(em, item).revise(validContent().title("Veilig tillen, met hulp").build(),
                ItemSource.OWN, null, NOW));
        // Catalogue.share
        assertRaisedBy(tenant, em -> em.persist(changeable(em, item).shareWithOtherOrganisations(tenant, "ROC", NOW)));
        // Catalogue.share of an item shared already: only the snapshot changes, the item's version is forced up
        assertRaisedBy(tenant, em -> changeable(em, item));
        // Catalogue.stopSharing
        assertRaisedBy(tenant, em -> changeable(em, item).stopSharing()
                .ifPresent(shared -> em.remove(em.find(SharedCatalogueItem.class, shared))));
        // Catalogue.remove
        assertRaisedBy(tenant, em -> em.remove(changeable(em, item)));
    }

    @Test
    void newSearchTermsFromTheCatchUpRaiseIt() {
        var tenant = newTenant();
        var item = stored(tenant, "Veilig tillen");
        inTenantTransaction(tenant, em -> em.createNativeQuery("update catalogue_item set search_terms = '' where id = ?")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, item.id()).executeUpdate());

        // SearchTermsCatchUp.renew
        assertRaisedBy(tenant, em -> assertThat(em.find(CatalogueItem.class, item.id()).renewSearchTerms()).isTrue());
    }

    /** As Catalogue#changeable: locked, its version forced up with the change. */
    private static CatalogueItem changeable(EntityManager em, CatalogueItem item) {
        var found = TenantData.findForChange(em, CatalogueItem.class, item.id());
        TenantData.willChange(em, found);
        return found;
    }
}
