package nl.groeipad.route.entity;

import java.util.Objects;

/**
 * A catalogue item as a route step links it: its id, and whether it is a workplace assignment (only those can
 * be suggested workplace assignments). The control builds it from the organisation's catalogue, so a route
 * only ever links material that exists.
 */
public record Material(String itemId, boolean workplaceAssignment) {

    public Material {
        Objects.requireNonNull(itemId, "itemId");
    }
}
