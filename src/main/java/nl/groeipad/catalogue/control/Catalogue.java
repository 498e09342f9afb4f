package nl.groeipad.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.CompetencyRef;
import nl.groeipad.catalogue.entity.ItemContent;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.SharedCatalogueItem;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.tenant.control.TenantRegistry;

/**
 * The organisation's catalogue of learning material. Everyone of the organisation may read it (participants
 * will meet items in their route and plan); coaches and admins add, revise, remove and share items.
 *
 * <p>Control API for other features (route, plan): {@link #search(SearchCriteria)}, {@link #summary(String)},
 * {@link #require(String)} and {@link #summaries(Collection)} — each scoped to the tenant of the current request by
 * {@link TenantData}, each one query (plus one count for a search), without role checks: the calling feature
 * decides who may see what it shows.
 *
 * <p>Concurrency: every change locks the item, checks the {@link Precondition} its caller sent against the item's
 * version (required by the boundary for revising and removing; optional for sharing and withdrawing, which are
 * idempotent state transitions) and answers the item with its new version.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

    private static final int MAX_IDS = 1000;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    TenantRegistry tenants;

    @Inject
    CourseAccess access;

    @Inject
    CatalogueIndexes indexes;

    /** What a coach writes: the content and where it comes from. */
    public record ItemCommand(ItemContent content, ItemSource source, String sourceName) {
    }

    // ---- reading (any role; also the API for other features) ---------------------------------------

    /**
     * One page of items matching the criteria, with the total; two queries, whatever the number of rows. With
     * free text the organisation's {@link CatalogueIndexes Lucene index} finds, ranks and counts, and the page is
     * loaded by id (stamp + page; the whole catalogue once more only when the index is built or out of date);
     * filters alone stay one page query and one count in the database.
     */
    public Page<CatalogueItem> search(SearchCriteria criteria) {
        if (criteria.searchWords().isEmpty()) {
            return ItemQuery.forItems(criteria).run(data.em(), CatalogueItem.class, criteria.offset(), criteria.limit());
        }
        var hits = indexes.search(criteria);
        return new Page<>(byIds(hits.ids()), hits.total(), criteria.offset(), criteria.limit());
    }

    /** For other features: the items matching the criteria (one page), as summaries. */
    public List<ItemSummary> summaries(SearchCriteria criteria) {
        return search(criteria).items().stream().map(ItemSummary::of).toList();
    }

    /** For other features: the item with this id in this organisation, if there is one. */
    public Optional<ItemSummary> summary(String id) {
        return find(id).map(ItemSummary::of);
    }

    /** For other features: the items with these ids that exist in this organisation, in the order asked for; one query. */
    public List<ItemSummary> summaries(Collection<String> ids) {
        return byIds(ids).stream().map(ItemSummary::of).toList();
    }

    private Optional<CatalogueItem> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(data.em().find(CatalogueItem.class, id));
    }

    public CatalogueItem require(String id) {
        return find(id).orElseThrow(() -> NotFound.of(Text.of("dit leermateriaal", "this learning material")));
    }

    private List<CatalogueItem> byIds(Collection<String> ids) {
        var wanted = ids.stream().filter(id -> id != null && id.length() <= 36).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.size() > MAX_IDS) {
            throw new IllegalArgumentException("ask for at most " + MAX_IDS + " items at once");
        }
        var found = new LinkedHashMap<String, CatalogueItem>();
        data.em().createNamedQuery(CatalogueItem.BY_IDS, CatalogueItem.class).setParameter("ids", wanted)
                .getResultList().forEach(item -> found.put(item.id(), item));
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The competencies the organisation's material refers to, for a filter; one query. */
    public List<CompetencyRef> competencies() {
        return data.em().createNamedQuery(CatalogueItem.COMPETENCIES, Object[].class).getResultList().stream()
                .map(row -> new CompetencyRef((String) row[0], (String) row[1]))
                .distinct().toList();
    }

    // ---- writing (coaches and admins) --------------------------------------------------------------

    public CatalogueItem create(Session session, ItemCommand command) {
        access.requireCoach(session);
        var item = CatalogueItem.create(command.content(), command.source(), command.sourceName(), session.userId(),
                clock.instant());
        data.em().persist(item);
        data.em().flush();
        return item;
    }

    public CatalogueItem revise(Session session, String id, Precondition seen, ItemCommand command) {
        var item = changeable(session, id, seen);
        item.revise(command.content(), command.source(), command.sourceName(), clock.instant());
        if (item.isShared()) {
            snapshotOf(item).ifPresentOrElse(
                    snapshot -> snapshot.refresh(item, organisationName(session), clock.instant()),
                    item::stopSharing);
        }
        return stored(item);
    }

    public void remove(Session session, String id, Precondition seen) {
        var item = changeable(session, id, seen);
        withdraw(item);
        data.em().remove(item);
    }

    /** Publishes the item to the shared list (again: refreshes it when it is already shared). */
    public CatalogueItem share(Session session, String id, Precondition seen) {
        var item = changeable(session, id, seen);
        var existing = item.isShared() ? snapshotOf(item) : Optional.<SharedCatalogueItem>empty();
        if (existing.isPresent()) {
            existing.get().refresh(item, organisationName(session), clock.instant());
            return stored(item);
        }
        item.stopSharing();
        data.em().persist(item.shareWithOtherOrganisations(session.tenant(), organisationName(session), clock.instant()));
        return stored(item);
    }

    /** Withdraws the item from the shared list; copies other organisations made stay theirs. */
    public CatalogueItem stopSharing(Session session, String id, Precondition seen) {
        var item = changeable(session, id, seen);
        withdraw(item);
        return stored(item);
    }

    /** An own, changeable duplicate (e.g. of a read-only shared copy). */
    public CatalogueItem duplicateAsOwn(Session session, String id) {
        access.requireCoach(session);
        var duplicate = require(id).duplicateAsOwn(session.userId(), clock.instant());
        data.em().persist(duplicate);
        return stored(duplicate);
    }

    /**
     * An item to change: locked for the rest of the transaction (writers of one item take turns), and refused
     * (412) when the version the caller saw is not the stored one.
     */
    private CatalogueItem changeable(Session session, String id, Precondition seen) {
        access.requireCoach(session);
        var item = data.findForChange(CatalogueItem.class, id)
                .orElseThrow(() -> NotFound.of(Text.of("dit leermateriaal", "this learning material")));
        seen.check(item.version(), item.label(), () -> ItemView.of(item));
        data.willChange(item);
        return item;
    }

    /** The item as stored now: written first, so it shows its new version. */
    private CatalogueItem stored(CatalogueItem item) {
        data.em().flush();
        return item;
    }

    private void withdraw(CatalogueItem item) {
        item.stopSharing().ifPresent(sharedId -> {
            var snapshot = data.em().find(SharedCatalogueItem.class, sharedId);
            if (snapshot != null) {
                data.em().remove(snapshot);
            }
        });
    }

    private Optional<SharedCatalogueItem> snapshotOf(CatalogueItem item) {
        return Optional.ofNullable(data.em().find(SharedCatalogueItem.class, item.sharedId()));
    }

    private String organisationName(Session session) {
        return tenants.require(session.tenant()).name();
    }
}
