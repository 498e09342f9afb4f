package nl.groeipad.catalogue.control;

import java.time.Instant;
import java.util.List;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemContent;
import nl.groeipad.catalogue.entity.SharedCatalogueItem;
import nl.groeipad.platform.entity.Versioned;

/**
 * A catalogue item in the API. {@code readOnly}: a copy of another organisation's material. {@code version}: its
 * ETag, rising with every change; a change names it in If-Match.
 */
public record ItemView(String id, int version, String title, String description, String kind, boolean online,
                       String url, String competencyKey, String competencyTitle, List<String> levels,
                       List<String> learningStyles, Integer durationMinutes, String language, String source,
                       String sourceName, List<String> instructions, boolean readOnly, boolean shared,
                       String originSharedId, Instant createdAt, Instant updatedAt) implements Versioned {

    @Override
    public int entityVersion() {
        return version;
    }

    public static ItemView of(CatalogueItem item) {
        var c = item.content();
        return new ItemView(item.id(), item.version(), c.title(), c.description(), c.kind().code(), c.online(), c.url(),
                c.competency().key(), c.competency().title(), c.levels().letters(), c.learningStyles().codes(),
                c.durationMinutes(), c.language(), item.source().code(), item.sourceName(), c.instructions(),
                item.isReadOnly(),
                item.isShared(), item.originSharedId(), item.createdAt(), item.updatedAt());
    }

    /** Material another organisation shares; {@code copyId} is this organisation's copy, if it made one. */
    public record Shared(String id, String organisation, String title, String description, String kind, boolean online,
                         String url, String competencyKey, String competencyTitle, List<String> levels,
                         List<String> learningStyles, Integer durationMinutes, String language, String source,
                         String sourceName, List<String> instructions, Instant sharedAt, Instant updatedAt,
                         String copyId) {

        public static Shared of(SharedCatalogueItem item, String copyId) {
            ItemContent c = item.content();
            return new Shared(item.id(), item.organisationName(), c.title(), c.description(), c.kind().code(),
                    c.online(), c.url(), c.competency().key(), c.competency().title(), c.levels().letters(),
                    c.learningStyles().codes(), c.durationMinutes(), c.language(), item.source().code(),
                    item.sourceName(), c.instructions(), item.sharedAt(), item.updatedAt(), copyId);
        }
    }

    /** One page of results and the total number of matches. */
    public record PageView<T>(List<T> items, long total, int offset, int limit) {
    }
}
