package nl.groeipad.route.entity;

import java.util.Objects;

/**
 * A competency as a route refers to it: its stable key, the row id in the route's framework version, and its
 * title in that version (for display; a published version never changes).
 */
public record RouteCompetency(String key, String id, String title) {

    public RouteCompetency {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
