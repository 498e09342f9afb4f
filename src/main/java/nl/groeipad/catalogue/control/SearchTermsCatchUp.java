package nl.groeipad.catalogue.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.SearchTerms;
import nl.groeipad.catalogue.entity.SharedCatalogueItem;
import nl.groeipad.platform.control.StarterContent;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistered;

/**
 * Keeps the stored search terms ({@link SearchTerms}) made by the current analysis: once per organisation and
 * {@link SearchTerms#ANALYSIS_VERSION} — at registration, and at every start for organisations that have items from
 * before (V22 added the column empty) — the organisation's items and the snapshots it shares are analysed again.
 * Once is decided by the database ({@link StarterContent}'s unique key), so several nodes starting together do it
 * once; new and changed items get their terms when they are written.
 */
@ApplicationScoped
public class SearchTermsCatchUp {

    @Inject
    TenantData data;

    @Inject
    StarterContent once;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(210) TenantRegistered event) {
        renew(event.tenant());
    }

    /** Renews the organisation's stored terms unless done for this analysis version; true when it did now. */
    public boolean renew(TenantId tenant) {
        return once.importOnce(tenant, SearchTerms.ANALYSIS_VERSION, () -> {
            // Every item is locked as it is read, before the first is written: each write raises the organisation's
            // catalogue revision (CatalogueRevisions), so this transaction takes the revision row's lock only once it
            // holds all its items. A coach who saves an item meanwhile holds that item and then wants the revision;
            // had this transaction locked items one by one as it wrote them, it could hold the revision while waiting
            // for that item: a deadlock, and one of the two rolled back.
            data.em().createQuery("select i from CatalogueItem i", CatalogueItem.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .forEach(CatalogueItem::renewSearchTerms);
            data.em().createQuery("select s from SharedCatalogueItem s where s.ownerTenantId = :owner",
                            SharedCatalogueItem.class).setParameter("owner", tenant.value()).getResultList()
                    .forEach(SharedCatalogueItem::renewSearchTerms);
        });
    }
}
