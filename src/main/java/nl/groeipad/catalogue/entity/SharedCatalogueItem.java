package nl.groeipad.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.SharedAcrossTenants;
import nl.groeipad.platform.entity.TenantId;

/**
 * A snapshot of one organisation's catalogue item that its coach chose to share with all other
 * organisations: the one deliberate channel between tenants in the catalogue.
 *
 * <p>It holds only the published content and the sharing organisation's display name: no user ids, no
 * names of people. The owning tenant's id is kept so that the owner alone can refresh or withdraw it and so
 * that an organisation's search of "shared by others" leaves its own out; it is never shown.
 *
 * <p>Life cycle: published when the item is shared; refreshed when the owner revises the item; deleted when
 * the owner stops sharing or removes the item (and with the owning tenant). Copies that other organisations
 * made are independent rows in their own catalogues and stay.
 */
@Entity
@Table(name = "shared_catalogue_item")
@SharedAcrossTenants("Material an organisation explicitly shares with all other organisations (guide: one "
        + "up-to-date overview, so coaches don't reinvent the wheel); contains no personal data.")
public class SharedCatalogueItem {

    @Id
    private String id;
    @Column(name = "owner_tenant_id", updatable = false)
    private String ownerTenantId;
    @Column(name = "origin_item_id", updatable = false)
    private String originItemId;
    @Column(name = "organisation_name")
    private String organisationName;
    @Embedded
    private ItemContent content;
    @Enumerated(EnumType.STRING)
    private ItemSource source;
    @Column(name = "source_name")
    private String sourceName;
    @Column(name = "shared_at")
    private Instant sharedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SharedCatalogueItem() {
        // for JPA
    }

    SharedCatalogueItem(TenantId owner, CatalogueItem item, String organisationName, Instant now) {
        this.id = Ids.newId();
        this.ownerTenantId = Objects.requireNonNull(owner).value();
        this.originItemId = item.id();
        this.sharedAt = now;
        refresh(item, organisationName, now);
    }

    /** The owner revised the item (or renamed the organisation): the snapshot follows. */
    public void refresh(CatalogueItem item, String newOrganisationName, Instant now) {
        if (!item.id().equals(originItemId)) {
            throw new IllegalArgumentException("a snapshot follows its own item only");
        }
        this.content = item.content().copy();
        this.source = item.source();
        this.sourceName = item.sourceName();
        this.organisationName = newOrganisationName == null || newOrganisationName.isBlank()
                ? "?" : newOrganisationName.strip();
        this.updatedAt = now;
    }

    public boolean sharedBy(TenantId tenant) {
        return ownerTenantId.equals(tenant.value());
    }

    public String id() {
        return id;
    }

    public String originItemId() {
        return originItemId;
    }

    public String organisationName() {
        return organisationName;
    }

    /**
     * Analyses the content again for search ({@link SearchTerms}), e.g. when the analysis changed; the words stay as
     * they are. True when the stored terms differ.
     */
    public boolean renewSearchTerms() {
        var renewed = content.copy();
        if (java.util.Objects.equals(renewed.searchTerms(), content.searchTerms())
                && java.util.Objects.equals(renewed.searchText(), content.searchText())) {
            return false;
        }
        content = renewed;
        return true;
    }

    public ItemContent content() {
        return content;
    }

    public ItemSource source() {
        return source;
    }

    public String sourceName() {
        return sourceName;
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
