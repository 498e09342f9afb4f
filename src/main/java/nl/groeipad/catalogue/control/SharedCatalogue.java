package nl.groeipad.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.CatalogueRejection;
import nl.groeipad.catalogue.entity.SharedCatalogueItem;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * "Gedeeld door andere organisaties": coaches browse the material other organisations share and copy what
 * they like into their own catalogue, as a read-only copy. The shared list is global by design (see the
 * package documentation); copying writes only into the caller's own, tenant-scoped catalogue.
 */
@ApplicationScoped
@Transactional
public class SharedCatalogue {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    CourseAccess access;

    /** A shared item and, when this organisation already copied it, the id of its copy. */
    public record SharedHit(SharedCatalogueItem item, String copyId) {
    }

    /** A page of other organisations' shared material: the page, the count and the own copies — three queries. */
    public Page<SharedHit> search(Session session, SearchCriteria criteria) {
        access.requireCoach(session);
        var found = ItemQuery.forShared(criteria, session.tenant())
                .run(data.em(), SharedCatalogueItem.class, criteria.offset(), criteria.limit());
        var copies = copiesOf(found.items().stream().map(SharedCatalogueItem::id).toList());
        return found.map(s -> new SharedHit(s, copies.get(s.id())));
    }

    public SharedHit byId(Session session, String id) {
        access.requireCoach(session);
        var shared = find(id);
        return new SharedHit(shared, copiesOf(List.of(shared.id())).get(shared.id()));
    }

    /** Copies another organisation's shared item into this organisation's catalogue, read-only. */
    public CatalogueItem copy(Session session, String sharedId) {
        access.requireCoach(session);
        var shared = find(sharedId);
        if (shared.sharedBy(session.tenant())) {
            throw CatalogueRejection.ownSharedItem();
        }
        if (copiesOf(List.of(shared.id())).containsKey(shared.id())) {
            throw new Conflict("catalogue-already-copied", new Text(
                    "Dit leermateriaal staat al in jullie leermateriaal.",
                    "This material is already in your catalogue."));
        }
        var copy = CatalogueItem.copyOf(shared, session.userId(), clock.instant());
        data.em().persist(copy);
        return copy;
    }

    private SharedCatalogueItem find(String id) {
        var shared = id == null || id.length() > 36 ? null : data.em().find(SharedCatalogueItem.class, id);
        if (shared == null) {
            throw NotFound.of(Text.of("dit gedeelde leermateriaal", "this shared material"));
        }
        return shared;
    }

    /** shared id → id of this organisation's copy, for the given shared ids; one query. */
    private Map<String, String> copiesOf(List<String> sharedIds) {
        var result = new HashMap<String, String>();
        if (sharedIds.isEmpty()) {
            return result;
        }
        data.em().createNamedQuery(CatalogueItem.COPIES_OF, Object[].class).setParameter("sharedIds", sharedIds)
                .getResultList().forEach(row -> result.putIfAbsent((String) row[0], (String) row[1]));
        return result;
    }
}
