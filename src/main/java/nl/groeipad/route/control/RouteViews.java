package nl.groeipad.route.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.route.entity.Route;
import nl.groeipad.route.entity.Step;
import nl.groeipad.route.entity.StepItem;
import nl.groeipad.route.entity.Target;
import nl.groeipad.platform.entity.Versioned;

/** Routes as the API and other features read them: snapshots, with the linked material filled in. */
public final class RouteViews {

    private RouteViews() {
    }

    /** A route in a list: enough to choose one (and its version, to remove it from the list). */
    public record RouteSummary(String id, int version, String title, String description, String frameworkId,
                               String frameworkTitle, int frameworkVersion, int targets, int steps, Instant updatedAt) {
        static RouteSummary of(Route r) {
            return new RouteSummary(r.id(), r.version(), r.title(), r.description(), r.frameworkId(), r.frameworkTitle(),
                    r.frameworkVersion(), r.targets().size(), r.steps().size(), r.updatedAt());
        }
    }

    /**
     * A whole route. {@code kind} is "template" or "personal"; a personal route names its course, participant
     * and (when copied) the template it came from. {@code version} rises with every change to the route (its
     * ETag; a change names it in If-Match).
     */
    public record RouteView(String id, int version, String kind, String status, String title, String description,
                            FrameworkView framework, String templateId, String courseId, String participantId,
                            List<TargetView> targets, List<StepView> steps, Instant createdAt, Instant updatedAt,
                            boolean certifying)
            implements Versioned {

        /** No route given yet: an empty state with status "none" (200, no id, no steps), not an error. */
        static RouteView none(String courseId, String participantId) {
            return new RouteView(null, 0, "personal", "none", null, null, null, null, courseId, participantId,
                    List.of(), List.of(), null, null, false);
        }

        static RouteView of(Route r, List<ItemSummary> material) {
            Map<String, ItemSummary> byId = material.stream()
                    .collect(Collectors.toMap(ItemSummary::id, Function.identity(), (a, b) -> a));
            return new RouteView(r.id(), r.version(), lower(r.kind().name()), lower(r.status().name()), r.title(),
                    r.description(),
                    new FrameworkView(r.frameworkId(), r.frameworkKey(), r.frameworkTitle(), r.frameworkVersion()),
                    r.templateId(), r.courseId(), r.participantId(),
                    r.targets().stream().map(TargetView::of).toList(),
                    r.steps().stream().map(s -> StepView.of(s, byId)).toList(), r.createdAt(), r.updatedAt(),
                    r.certifying());
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    /** The framework version a route is built on. */
    public record FrameworkView(String id, String key, String title, int version) {
    }

    public record TargetView(String competencyKey, String competencyId, String competencyTitle, String level) {
        static TargetView of(Target t) {
            var c = t.competency();
            return new TargetView(c.key(), c.id(), c.title(), t.level().name());
        }
    }

    /** A step; {@code items} leaves out material the organisation has removed from its catalogue since. */
    public record StepView(String id, int position, String title, String description, String competencyKey,
                           String competencyId, String competencyTitle, String level, List<MaterialView> items) {
        static StepView of(Step s, Map<String, ItemSummary> material) {
            var c = s.competency();
            return new StepView(s.id(), s.position(), s.title(), s.description(), c.key(), c.id(), c.title(),
                    s.level().name(), s.items().stream().filter(i -> material.containsKey(i.itemId()))
                    .map(i -> MaterialView.of(i, material.get(i.itemId()))).toList());
        }
    }

    /**
     * Linked learning material. {@code suggested}: a suggested workplace assignment. Online material has a
     * {@code url} to open; offline material says in its description where and with whom.
     */
    public record MaterialView(String id, String title, String description, String kind, boolean online, String url,
                               Integer durationMinutes, List<String> levels, String sourceName, boolean suggested) {
        static MaterialView of(StepItem link, ItemSummary item) {
            return new MaterialView(item.id(), item.title(), item.description(), item.kind().code(), item.online(),
                    item.url(), item.durationMinutes(), item.levels(), item.sourceName(), link.suggested());
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
