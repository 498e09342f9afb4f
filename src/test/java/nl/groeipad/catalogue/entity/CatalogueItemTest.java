package nl.groeipad.catalogue.entity;

import static nl.groeipad.catalogue.entity.ContentBuilder.validContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

class CatalogueItemTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final TenantId NORTH = TenantId.of(UUID.randomUUID().toString());

    private static CatalogueItem ownItem() {
        return CatalogueItem.create(validContent().build(), ItemSource.OWN, null, "coach-1", MONDAY);
    }

    private static CatalogueItem copyOfAnotherOrganisationsItem() {
        var snapshot = ownItem().shareWithOtherOrganisations(NORTH, "Leerbedrijf Noord", MONDAY);
        return CatalogueItem.copyOf(snapshot, "coach-2", TUESDAY);
    }

    @Test
    void aCoachCreatesOwnMaterial() {
        var item = ownItem();
        assertThat(item.id()).hasSize(36);
        assertThat(item.source()).isEqualTo(ItemSource.OWN);
        assertThat(item.sourceName()).isNull();
        assertThat(item.createdBy()).isEqualTo("coach-1");
        assertThat(item.createdAt()).isEqualTo(MONDAY).isEqualTo(item.updatedAt());
        assertThat(item.isReadOnly()).isFalse();
        assertThat(item.isShared()).isFalse();
    }

    @Test
    void anExternalLinkNamesItsSiteAndHasAWebAddress() {
        var link = CatalogueItem.create(validContent().online().build(), ItemSource.EXTERNAL, " Oefenen.nl ", "coach-1", MONDAY);
        assertThat(link.sourceName()).isEqualTo("Oefenen.nl");
        assertThatThrownBy(() -> CatalogueItem.create(validContent().online().build(), ItemSource.EXTERNAL, " ", "c", MONDAY))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("sourceName"));
        assertThatThrownBy(() -> CatalogueItem.create(validContent().build(), ItemSource.EXTERNAL, "Oefenen.nl", "c", MONDAY))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("url"));
    }

    @Test
    void nobodyCreatesASharedCopyDirectly() {
        assertThatThrownBy(() -> CatalogueItem.create(validContent().build(), ItemSource.SHARED_COPY, "Noord", "c", MONDAY))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("source"));
    }

    @Test
    void revisingReplacesTheContentAndForgetsASiteNameForOwnMaterial() {
        var item = CatalogueItem.create(validContent().online().build(), ItemSource.EXTERNAL, "Oefenen.nl", "c", MONDAY);
        item.revise(validContent().title("Nieuwe titel").build(), ItemSource.OWN, "Oefenen.nl", TUESDAY);
        assertThat(item.content().title()).isEqualTo("Nieuwe titel");
        assertThat(item.source()).isEqualTo(ItemSource.OWN);
        assertThat(item.sourceName()).isNull();
        assertThat(item.updatedAt()).isEqualTo(TUESDAY);
        assertThat(item.createdAt()).isEqualTo(MONDAY);
    }

    @Test
    void sharingPublishesASnapshotWithTheOrganisationNameOnly() {
        var item = ownItem();
        var snapshot = item.shareWithOtherOrganisations(NORTH, "Leerbedrijf Noord", TUESDAY);
        assertThat(item.isShared()).isTrue();
        assertThat(item.sharedId()).isEqualTo(snapshot.id());
        assertThat(snapshot.organisationName()).isEqualTo("Leerbedrijf Noord");
        assertThat(snapshot.originItemId()).isEqualTo(item.id());
        assertThat(snapshot.sharedBy(NORTH)).isTrue();
        assertThat(snapshot.sharedBy(TenantId.of(UUID.randomUUID().toString()))).isFalse();
        assertThat(snapshot.content()).isNotSameAs(item.content()).usingRecursiveComparison().isEqualTo(item.content());
        assertThatThrownBy(() -> item.shareWithOtherOrganisations(NORTH, "Leerbedrijf Noord", TUESDAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSnapshotFollowsItsItemWhenRefreshed() {
        var item = ownItem();
        var snapshot = item.shareWithOtherOrganisations(NORTH, "Leerbedrijf Noord", MONDAY);
        item.revise(validContent().title("Beter uitgelegd").build(), ItemSource.OWN, null, TUESDAY);
        snapshot.refresh(item, "Leerbedrijf Noord-Oost", TUESDAY);
        assertThat(snapshot.content().title()).isEqualTo("Beter uitgelegd");
        assertThat(snapshot.organisationName()).isEqualTo("Leerbedrijf Noord-Oost");
        assertThat(snapshot.sharedAt()).isEqualTo(MONDAY);
        assertThatThrownBy(() -> snapshot.refresh(ownItem(), "X", TUESDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stoppingToShareAnswersTheSnapshotToRemoveOnce() {
        var item = ownItem();
        var snapshot = item.shareWithOtherOrganisations(NORTH, "Leerbedrijf Noord", MONDAY);
        assertThat(item.stopSharing()).contains(snapshot.id());
        assertThat(item.isShared()).isFalse();
        assertThat(item.stopSharing()).isEmpty();
    }

    @Test
    void aCopyOfSharedMaterialIsReadOnlyAndRemembersWhereItCameFrom() {
        var copy = copyOfAnotherOrganisationsItem();
        assertThat(copy.source()).isEqualTo(ItemSource.SHARED_COPY);
        assertThat(copy.sourceName()).isEqualTo("Leerbedrijf Noord");
        assertThat(copy.originSharedId()).isNotNull();
        assertThat(copy.createdBy()).isEqualTo("coach-2");
        assertThat(copy.isReadOnly()).isTrue();
        assertThatThrownBy(() -> copy.revise(validContent().build(), ItemSource.OWN, null, TUESDAY))
                .isInstanceOfSatisfying(CatalogueRejection.class, r -> assertThat(r.type()).isEqualTo("catalogue-read-only-copy"));
        assertThatThrownBy(() -> copy.shareWithOtherOrganisations(NORTH, "Zuid", TUESDAY))
                .isInstanceOfSatisfying(CatalogueRejection.class, r -> assertThat(r.type()).isEqualTo("catalogue-not-yours-to-share"));
    }

    @Test
    void aReadOnlyCopyCanBeDuplicatedAsOwnChangeableMaterial() {
        var copy = copyOfAnotherOrganisationsItem();
        var own = copy.duplicateAsOwn("coach-3", TUESDAY);
        assertThat(own.id()).isNotEqualTo(copy.id());
        assertThat(own.source()).isEqualTo(ItemSource.OWN);
        assertThat(own.originSharedId()).isNull();
        assertThat(own.content().title()).isEqualTo(copy.content().title());
        own.revise(validContent().title("Onze eigen versie").build(), ItemSource.OWN, null, TUESDAY);
        assertThat(own.content().title()).isEqualTo("Onze eigen versie");
    }
}
