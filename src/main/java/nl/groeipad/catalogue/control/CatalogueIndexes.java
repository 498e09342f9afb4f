package nl.groeipad.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.groeipad.catalogue.entity.CatalogueRevision;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.TenantId;

/**
 * The {@link CatalogueIndex} of each organisation, on this node: a cache of the database, never the truth.
 *
 * <ul>
 *   <li><b>One index per organisation</b>, keyed by the {@link TenantId} of the request and built only from that
 *       organisation's items (its own, links and the shared copies it took), read through its tenant-scoped entity
 *       manager; the page is then loaded by id through the same entity manager, so another organisation's item can
 *       never come back.</li>
 *   <li><b>Fresh on every request</b>: each search first reads the organisation's catalogue stamp, its
 *       {@link CatalogueRevision} (V31), in one statement (a primary-key read). Every write of one of its items —
 *       create, revise, share, withdraw, copy, duplicate, removal, starter import, new search terms — raises it in
 *       the same transaction ({@link CatalogueRevisions}, a descriptor event below the entity manager), on whichever
 *       node, so a node rebuilds its index before answering when another node changed the catalogue, and no two
 *       changes can cancel out. A row written straight into the database with SQL does not raise it. Nodes stay
 *       stateless: a restart or a new node just builds the index at its first search.</li>
 *   <li><b>Bounded memory</b>: at most {@value #MAX_ORGANISATIONS} organisations and {@value #MAX_ITEMS} items in
 *       all per node; the least recently searched organisation is dropped first.</li>
 * </ul>
 * One search with text is therefore two statements (stamp, page by id) — one more, the load of all items, only
 * when the index is built or the catalogue changed — whatever the number of items.
 */
@ApplicationScoped
public class CatalogueIndexes {

    static final int MAX_ORGANISATIONS = 64;
    static final int MAX_ITEMS = 250_000;
    private static final Logger LOG = Logger.getLogger(CatalogueIndexes.class.getName());
    private static final String ENTRIES = """
            select i.id, i.content.title, i.content.titleKey, i.content.searchTerms, i.content.kind,
                   i.content.competencyKey, i.content.competencyTitle, i.content.levelA, i.content.levelB,
                   i.content.levelC, i.content.online, i.content.styleDoing, i.content.styleWatching,
                   i.content.styleThinking, i.content.styleFeeling, i.content.language, i.source
            from CatalogueItem i""";

    @Inject
    TenantData data;

    @Inject
    TenantScope scope;

    private final Map<TenantId, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);

    /** The index of one organisation as it was at one stamp. */
    private record Built(Object stamp, CatalogueIndex index) {
    }

    /** One organisation's place in the cache: builders of one organisation take turns, searchers never wait. */
    private static final class Slot {
        final ReentrantLock building = new ReentrantLock();
        volatile Built built;
    }

    /** The page and total of a search with text, in the organisation of the current request. */
    public CatalogueIndex.Hits search(SearchCriteria criteria) {
        var tenant = scope.require();
        var em = data.em();
        return index(tenant, stamp(em), () -> entries(em)).search(criteria);
    }

    /**
     * The organisation's index for this stamp: the one built before when the stamp is the same, else a new one built
     * from {@code entries} (read after the stamp, in the same transaction).
     */
    CatalogueIndex index(TenantId tenant, Object stamp, Supplier<List<CatalogueIndex.Entry>> entries) {
        Objects.requireNonNull(tenant);
        var slot = slot(tenant);
        var built = slot.built;
        if (built != null && built.stamp().equals(stamp)) {
            return built.index();
        }
        slot.building.lock();
        try {
            built = slot.built;
            if (built == null || !built.stamp().equals(stamp)) {
                long start = System.nanoTime();
                built = new Built(stamp, CatalogueIndex.of(entries.get(), built == null ? null : built.index()));
                slot.built = built;
                LOG.fine(() -> "catalogue index of %s: %d items, %d KB, built in %d ms".formatted(tenant.value(),
                        slot.built.index().size(), slot.built.index().bytes() / 1024,
                        (System.nanoTime() - start) / 1_000_000));
            }
        } finally {
            slot.building.unlock();
        }
        trim();
        return built.index();
    }

    /** The organisations that have an index on this node, least recently searched first. */
    List<TenantId> organisations() {
        synchronized (slots) {
            return List.copyOf(slots.keySet());
        }
    }

    private Slot slot(TenantId tenant) {
        synchronized (slots) {
            return slots.computeIfAbsent(tenant, t -> new Slot());
        }
    }

    /** Drops the least recently searched organisations while over the bounds (never the last one). */
    private void trim() {
        synchronized (slots) {
            long items = slots.values().stream().map(s -> s.built).filter(Objects::nonNull)
                    .mapToLong(b -> b.index().size()).sum();
            var oldest = slots.entrySet().iterator();
            while (slots.size() > 1 && (slots.size() > MAX_ORGANISATIONS || items > MAX_ITEMS) && oldest.hasNext()) {
                var built = oldest.next().getValue().built;
                items -= built == null ? 0 : built.index().size();
                oldest.remove();
            }
        }
    }

    /**
     * The organisation's catalogue stamp: its {@link CatalogueRevision}, which rises with every item added, changed or
     * removed ({@link CatalogueRevisions}); 0 before the first write. One statement, a primary-key read.
     */
    static Object stamp(EntityManager em) {
        return em.createQuery(CatalogueRevision.CURRENT, Long.class).getResultList().stream().findFirst().orElse(0L);
    }

    /** All the organisation's items, as the index needs them; one statement. */
    static List<CatalogueIndex.Entry> entries(EntityManager em) {
        return em.createQuery(ENTRIES, Object[].class).getResultList().stream().map(CatalogueIndexes::entry)
                .toList();
    }

    private static CatalogueIndex.Entry entry(Object[] row) {
        var levels = (flag(row[7]) ? "A" : "") + (flag(row[8]) ? "B" : "") + (flag(row[9]) ? "C" : "");
        var styles = new java.util.ArrayList<LearningStyle>();
        var order = new LearningStyle[] {LearningStyle.DOING, LearningStyle.WATCHING, LearningStyle.THINKING,
                LearningStyle.FEELING};
        for (int s = 0; s < order.length; s++) {
            if (flag(row[11 + s])) {
                styles.add(order[s]);
            }
        }
        return new CatalogueIndex.Entry((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (ItemKind) row[4], (String) row[5], (String) row[6], levels, flag(row[10]), styles, (String) row[15],
                (ItemSource) row[16]);
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }
}
