package nl.groeipad.catalogue.control;

import java.util.List;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemKind;

/**
 * A catalogue item as other features (routes, intake suggestions, plans) use it: what to show and to link, as a
 * read-only snapshot. The {@link CatalogueItem} aggregate itself stays inside the catalogue feature.
 *
 * @param levels       the levels it suits, as letters ("A", "B", "C")
 * @param instructions what to do, in short steps (may be empty)
 */
public record ItemSummary(String id, String title, String description, ItemKind kind, boolean online, String url,
                          Integer durationMinutes, List<String> levels, String sourceName, List<String> instructions) {

    public ItemSummary {
        levels = List.copyOf(levels);
        instructions = List.copyOf(instructions);
    }

    public static ItemSummary of(CatalogueItem item) {
        var c = item.content();
        return new ItemSummary(item.id(), c.title(), c.description(), c.kind(), c.online(), c.url(),
                c.durationMinutes(), c.levels().letters(), item.sourceName(), c.instructions());
    }

    public boolean workplaceAssignment() {
        return kind == ItemKind.WORKPLACE_ASSIGNMENT;
    }
}
