package nl.groeipad.route.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The framework version a route is built on, as far as a route needs it: its ids and title and the
 * competencies it holds. The control reads it through the competency feature and hands it to the route, so
 * the route can check that every competency it names belongs to its version.
 *
 * @param id      the version row id
 * @param key     the framework key, the same in every version
 * @param version the version number
 */
public record FrameworkVersion(String id, String key, String title, int version, List<RouteCompetency> competencies) {

    public FrameworkVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        competencies = List.copyOf(competencies);
    }

    public Optional<RouteCompetency> competency(String competencyKey) {
        return competencies.stream().filter(c -> c.key().equals(competencyKey)).findFirst();
    }
}
