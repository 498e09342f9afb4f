package nl.groeipad.competency.control;

import static nl.groeipad.competency.control.CaseJson.integer;
import static nl.groeipad.competency.control.CaseJson.linkIdentifier;
import static nl.groeipad.competency.control.CaseJson.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonStructure;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.groeipad.competency.entity.CaseOrigin;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.competency.entity.LevelTexts;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * Reads a 1EdTech CASE 1.0 CFPackage into a framework draft, all of it or nothing: the first problem found
 * is an {@link InvalidField} naming its JSON path (e.g. {@code CFItems[3].identifier}).
 *
 * <p>The CFDocument becomes the framework (its identifier the framework key, so importing a newer package of
 * the same document gives the next version). The {@code isChildOf} tree decides what each CFItem is: items
 * typed "Competency group", "Competency" and "Behavioural indicator" (Groeipad's own export) are read by type;
 * otherwise a leaf whose siblings are all leaves is an indicator of its parent, any other leaf or an item with
 * only leaves below it is a competency, and an item with deeper items below it is a group. Every CFItem,
 * the association that placed it, all other associations, the definitions and unknown rubrics are kept as
 * JSON, so exporting gives the package back without loss.
 */
public final class CaseImport {

    /** The version number a framework with this key gets: 1 for a new one. May refuse (an open draft). */
    @FunctionalInterface
    public interface Versions {
        int next(String frameworkKey);
    }

    private enum Kind { GROUP, COMPETENCY, INDICATOR }

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private record Node(int index, String key, JsonObject item) {
    }

    private record Link(String parentKey, JsonObject association, int sequence) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Link> parents = new HashMap<>();
    private final Map<String, List<Node>> children = new HashMap<>();
    private final List<JsonObject> keptAssociations = new ArrayList<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, LevelTexts> levels = new HashMap<>();
    private final List<JsonValue> foreignRubrics = new ArrayList<>();
    private ScaleLabels scale = ScaleLabels.DEFAULT;
    private String documentKey;

    private CaseImport() {
    }

    public static Framework read(String json, Versions versions, Instant now, String userId) {
        return read(CaseJson.parse(json, "$"), versions, now, userId);
    }

    /** Reads the package as it is uploaded, within {@link ImportLimits}. */
    public static Framework read(InputStream upload, Versions versions, Instant now, String userId) {
        return read(CaseJson.parse(ImportLimits.bounded(upload), "$"), versions, now, userId);
    }

    private static Framework read(JsonStructure parsed, Versions versions, Instant now, String userId) {
        if (!(parsed instanceof JsonObject raw)) {
            throw invalid("$", "Een CASE-pakket is een JSON-object met een CFDocument.",
                    "A CASE package is a JSON object with a CFDocument.");
        }
        return new CaseImport().build((JsonObject) CaseJson.normalize(raw), versions, now, userId);
    }

    private Framework build(JsonObject pkg, Versions versions, Instant now, String userId) {
        if (!(pkg.get("CFDocument") instanceof JsonObject document)) {
            throw invalid("CFDocument", "Het pakket heeft geen CFDocument.", "The package has no CFDocument.");
        }
        documentKey = uuid(document, "CFDocument.identifier");
        var title = string(document, "title").filter(t -> !t.isBlank()).orElseThrow(() -> invalid("CFDocument.title",
                "Het CFDocument heeft geen titel.", "The CFDocument has no title."));
        readItems(array(pkg, "CFItems"));
        readAssociations(array(pkg, "CFAssociations"));
        requireShallowTree();
        classify();
        readRubrics(array(pkg, "CFRubrics"));

        var framework = at("CFDocument", () -> new Framework(documentKey, versions.next(documentKey), title,
                string(document, "description").orElse(null), string(document, "language").orElse(null), scale,
                FrameworkSource.CASE, now, userId));
        var extras = CaseJson.JSON.createObjectBuilder();
        if (pkg.containsKey("CFDefinitions")) {
            extras.add("CFDefinitions", pkg.get("CFDefinitions"));
        }
        if (!foreignRubrics.isEmpty()) {
            var kept = CaseJson.JSON.createArrayBuilder();
            foreignRubrics.forEach(kept::add);
            extras.add("CFRubrics", kept);
        }
        var extrasJson = extras.build();
        framework.keepCaseData(document.toString(), extrasJson.isEmpty() ? null : extrasJson.toString());
        framework.keepLastChange(string(document, "lastChangeDateTime").orElse(Framework.stamp(now)));
        addChildren(framework, null, null, now);
        for (var association : keptAssociations) {
            framework.keepAssociation(linkIdentifier(association, "originNodeURI").orElseThrow(),
                    linkIdentifier(association, "destinationNodeURI").orElseThrow(), association.toString());
        }
        return framework;
    }

    // ---- reading ----------------------------------------------------------------------------

    private void readItems(JsonArray items) {
        if (items.size() > ImportLimits.MAX_ITEMS) {
            throw ImportLimits.tooMany("CFItems", "CFItems", ImportLimits.MAX_ITEMS);
        }
        for (var i = 0; i < items.size(); i++) {
            var path = "CFItems[" + i + "]";
            if (!(items.get(i) instanceof JsonObject item)) {
                throw invalid(path, "Elk CFItem is een JSON-object.", "Every CFItem is a JSON object.");
            }
            var key = uuid(item, path + ".identifier");
            if (key.equals(documentKey) || nodes.containsKey(key)) {
                throw invalid(path + ".identifier", "Deze identifier komt al eerder in het pakket voor: " + key + ".",
                        "This identifier already occurs earlier in the package: " + key + ".");
            }
            if (string(item, "fullStatement").filter(s -> !s.isBlank()).isEmpty()) {
                throw invalid(path + ".fullStatement", "Dit CFItem heeft geen fullStatement.", "This CFItem has no fullStatement.");
            }
            nodes.put(key, new Node(i, key, item));
        }
    }

    private void readAssociations(JsonArray associations) {
        if (associations.size() > ImportLimits.MAX_ASSOCIATIONS) {
            throw ImportLimits.tooMany("CFAssociations", "CFAssociations", ImportLimits.MAX_ASSOCIATIONS);
        }
        var trees = new Trees();
        for (var i = 0; i < associations.size(); i++) {
            var path = "CFAssociations[" + i + "]";
            if (!(associations.get(i) instanceof JsonObject association)) {
                throw invalid(path, "Elke CFAssociation is een JSON-object.", "Every CFAssociation is a JSON object.");
            }
            var type = string(association, "associationType").orElseThrow(() -> invalid(path + ".associationType",
                    "Deze CFAssociation heeft geen associationType.", "This CFAssociation has no associationType."));
            var origin = linkIdentifier(association, "originNodeURI").orElseThrow(() -> invalid(path + ".originNodeURI",
                    "Deze CFAssociation heeft geen originNodeURI met een identifier.",
                    "This CFAssociation has no originNodeURI with an identifier."));
            var destination = linkIdentifier(association, "destinationNodeURI").orElseThrow(() -> invalid(
                    path + ".destinationNodeURI", "Deze CFAssociation heeft geen destinationNodeURI met een identifier.",
                    "This CFAssociation has no destinationNodeURI with an identifier."));
            if (origin.length() > 255 || destination.length() > 255) {
                throw invalid(path, "Een identifier is hoogstens 255 tekens.", "An identifier has at most 255 characters.");
            }
            var placesAnItem = "isChildOf".equals(type) && nodes.containsKey(origin) && !parents.containsKey(origin)
                    && (destination.equals(documentKey) || nodes.containsKey(destination))
                    && (destination.equals(documentKey) || !trees.rootOf(destination).equals(origin));
            if (placesAnItem) {
                var parent = destination.equals(documentKey) ? null : destination;
                if (parent != null) {
                    trees.hang(origin, parent);
                }
                parents.put(origin, new Link(parent, association, integer(association, "sequenceNumber").orElse(Integer.MAX_VALUE)));
            } else {
                keptAssociations.add(association);
            }
        }
        for (var node : nodes.values()) {
            var parent = parents.containsKey(node.key()) ? parents.get(node.key()).parentKey() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
        }
        children.values().forEach(list -> list.sort(Comparator
                .comparingInt((Node n) -> parents.containsKey(n.key()) ? parents.get(n.key()).sequence() : Integer.MAX_VALUE)
                .thenComparingInt(Node::index)));
    }

    /**
     * The trees the isChildOf associations form so far, to refuse a link that would close a circle in near-linear
     * time (union-find with path halving) instead of walking up the tree for every association. An item gets a
     * parent only while it has none, so it is the root of its own tree then: linking it below {@code destination}
     * closes a circle exactly when {@code destination}'s root is that item.
     */
    private static final class Trees {
        private final Map<String, String> up = new HashMap<>();

        String rootOf(String key) {
            var at = key;
            while (up.containsKey(at)) {
                var next = up.get(at);
                if (up.containsKey(next)) {
                    up.put(at, up.get(next));
                }
                at = next;
            }
            return at;
        }

        void hang(String root, String below) {
            up.put(root, rootOf(below));
        }
    }

    /**
     * Every item is at most {@link Framework#MAX_DEPTH} levels below the document, worked out in linear time
     * ({@link TreeDepths}; the tree has no circles, see {@link Trees}).
     */
    private void requireShallowTree() {
        var found = TreeDepths.of(nodes.keySet(), this::parentOf, Framework.MAX_DEPTH);
        if (found.tooDeep() != null) {
            throw invalid("CFItems[" + nodes.get(found.tooDeep()).index() + "]", "Dit item ligt te diep in de boom: "
                    + "een raamwerk heeft hoogstens " + Framework.MAX_DEPTH + " lagen.", "This item is too deep in the "
                    + "tree: a framework has at most " + Framework.MAX_DEPTH + " levels.");
        }
    }

    private void classify() {
        if (!nodes.isEmpty() && nodes.values().stream().allMatch(n -> typed(n).isPresent()) && typesFitTheTree()) {
            nodes.values().forEach(n -> kinds.put(n.key(), typed(n).orElseThrow()));
            return;
        }
        var onlyLeavesBelow = new HashMap<String, Boolean>(); // per parent, computed once: linear, also for wide trees
        for (var node : nodes.values()) {
            var below = childrenOf(node.key());
            Kind kind;
            if (below.isEmpty()) {
                var parent = parentOf(node.key());
                kind = parent != null && onlyLeavesBelow.computeIfAbsent(parent, this::onlyLeavesBelow)
                        ? Kind.INDICATOR : Kind.COMPETENCY;
            } else {
                kind = onlyLeavesBelow.computeIfAbsent(node.key(), this::onlyLeavesBelow) ? Kind.COMPETENCY : Kind.GROUP;
            }
            kinds.put(node.key(), kind);
        }
    }

    private boolean onlyLeavesBelow(String key) {
        return childrenOf(key).stream().allMatch(c -> childrenOf(c.key()).isEmpty());
    }

    private static Optional<Kind> typed(Node node) {
        var type = string(node.item(), "CFItemType").map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("");
        return switch (type) {
            case "competency group", "competentiegroep" -> Optional.of(Kind.GROUP);
            case "competency", "competentie" -> Optional.of(Kind.COMPETENCY);
            case "behavioural indicator", "behavioral indicator", "gedragsindicator" -> Optional.of(Kind.INDICATOR);
            default -> Optional.empty();
        };
    }

    private boolean typesFitTheTree() {
        for (var node : nodes.values()) {
            var kind = typed(node).orElseThrow();
            var parent = parentOf(node.key());
            var parentKind = parent == null ? null : typed(nodes.get(parent)).orElseThrow();
            var fits = switch (kind) {
                case GROUP, COMPETENCY -> parentKind == null || parentKind == Kind.GROUP;
                case INDICATOR -> parentKind == Kind.COMPETENCY;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groeipad's level rubric (criteria for indicators, levels of quality A, B and C) gives the level texts;
     * its scale rubric (one criterion, scores 1 to 5) the scale labels. Any other rubric is kept as it is.
     */
    private void readRubrics(JsonArray rubrics) {
        for (var i = 0; i < rubrics.size(); i++) {
            var path = "CFRubrics[" + i + "]";
            if (!(rubrics.get(i) instanceof JsonObject rubric)) {
                throw invalid(path, "Elke CFRubric is een JSON-object.", "Every CFRubric is a JSON object.");
            }
            var criteria = array(rubric, "CFRubricCriteria").getValuesAs(JsonValue.class).stream()
                    .filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
            if (isScale(criteria)) {
                var labels = new String[5];
                for (var level : array(criteria.getFirst(), "CFRubricCriterionLevels").getValuesAs(JsonObject.class)) {
                    labels[((JsonNumber) level.get("score")).intValue() - 1] = string(level, "quality").orElseThrow();
                }
                try {
                    scale = ScaleLabels.of(labels);
                } catch (InvalidField unfit) {
                    foreignRubrics.add(rubric); // a five-point scale, but not one Groeipad can use: kept as it is
                }
            } else if (isLevels(criteria)) {
                for (var criterion : criteria) {
                    var texts = new EnumMapText();
                    for (var level : array(criterion, "CFRubricCriterionLevels").getValuesAs(JsonObject.class)) {
                        texts.put(Level.parse(string(level, "quality").orElse("")).orElseThrow(),
                                string(level, "description").orElse(null));
                    }
                    levels.put(linkIdentifier(criterion, "CFItemURI").orElseThrow(), at(path, texts::toTexts));
                }
            } else {
                foreignRubrics.add(rubric);
            }
        }
    }

    private static boolean isScale(List<JsonObject> criteria) {
        if (criteria.size() != 1 || criteria.getFirst().containsKey("CFItemURI")) {
            return false;
        }
        var scores = new HashSet<Integer>();
        for (var level : array(criteria.getFirst(), "CFRubricCriterionLevels").getValuesAs(JsonValue.class)) {
            if (!(level instanceof JsonObject l) || !(l.get("score") instanceof JsonNumber n) || !n.isIntegral()
                    || string(l, "quality").filter(q -> !q.isBlank()).isEmpty()) {
                return false;
            }
            scores.add(n.intValue());
        }
        return scores.equals(Set.of(1, 2, 3, 4, 5)) && array(criteria.getFirst(), "CFRubricCriterionLevels").size() == 5;
    }

    private boolean isLevels(List<JsonObject> criteria) {
        if (criteria.isEmpty()) {
            return false;
        }
        for (var criterion : criteria) {
            var item = linkIdentifier(criterion, "CFItemURI");
            if (item.isEmpty() || kinds.get(item.get()) != Kind.INDICATOR || levels.containsKey(item.get())) {
                return false;
            }
            var seen = new HashSet<Level>();
            for (var level : array(criterion, "CFRubricCriterionLevels").getValuesAs(JsonValue.class)) {
                if (!(level instanceof JsonObject l)) {
                    return false;
                }
                var parsed = Level.parse(string(l, "quality").orElse(""));
                if (parsed.isEmpty() || !seen.add(parsed.get())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Collects level texts of one criterion. */
    private static final class EnumMapText {
        private final Map<Level, String> texts = new java.util.EnumMap<>(Level.class);

        void put(Level level, String text) {
            texts.put(level, text);
        }

        LevelTexts toTexts() {
            return new LevelTexts(texts.get(Level.A), texts.get(Level.B), texts.get(Level.C));
        }
    }

    // ---- building ---------------------------------------------------------------------------

    /** One group whose items are being added, and how far. */
    private record Open(String groupKey, Iterator<Node> next) {
    }

    /**
     * Adds the tree depth first, in the order of the package, with a stack of its own instead of recursion (the
     * depth is bounded by {@link #requireShallowTree}, the stack by nothing but the heap).
     */
    private void addChildren(Framework framework, String parentKey, String topGroupKey, Instant now) {
        var stack = new ArrayDeque<Open>();
        stack.push(new Open(topGroupKey, childrenOf(parentKey).iterator()));
        while (!stack.isEmpty()) {
            var level = stack.peek();
            if (!level.next().hasNext()) {
                stack.pop();
                continue;
            }
            var node = level.next().next();
            var groupKey = level.groupKey();
            var path = "CFItems[" + node.index() + "]";
            var item = node.item();
            var origin = origin(node);
            switch (kinds.get(node.key())) {
                case GROUP -> {
                    at(path, () -> framework.addGroup(groupKey, code(item), string(item, "fullStatement").orElseThrow(),
                            origin, now));
                    stack.push(new Open(node.key(), childrenOf(node.key()).iterator()));
                }
                case COMPETENCY -> {
                    var abbreviated = string(item, "abbreviatedStatement").filter(s -> !s.isBlank());
                    var full = string(item, "fullStatement").orElseThrow();
                    var competency = at(path, () -> framework.addCompetency(groupKey, code(item),
                            abbreviated.orElse(full), abbreviated.isPresent() ? full : null, origin, now));
                    for (var child : childrenOf(node.key())) {
                        var childPath = "CFItems[" + child.index() + "]";
                        at(childPath, () -> framework.addIndicator(competency.id(), code(child.item()),
                                string(child.item(), "fullStatement").orElseThrow(),
                                levels.getOrDefault(child.key(), LevelTexts.none()), origin(child), now));
                    }
                }
                case INDICATOR -> throw new IllegalStateException("an indicator is read with its competency");
            }
        }
    }

    private CaseOrigin origin(Node node) {
        var link = parents.get(node.key());
        return new CaseOrigin(node.key(), string(node.item(), "lastChangeDateTime").orElse(null), node.item().toString(),
                link == null ? null : link.association().toString());
    }

    private static String code(JsonObject item) {
        return string(item, "humanCodingScheme").orElse(null);
    }

    private List<Node> childrenOf(String parentKey) {
        return children.getOrDefault(parentKey, List.of());
    }

    private String parentOf(String key) {
        return parents.containsKey(key) ? parents.get(key).parentKey() : null;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static JsonArray array(JsonObject object, String name) {
        var value = object.get(name);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        throw invalid(name, name + " moet een lijst (JSON-array) zijn.", name + " must be a list (JSON array).");
    }

    private static String uuid(JsonObject object, String path) {
        var value = string(object, "identifier").orElse(null);
        if (value == null || !UUID_FORM.matcher(value).matches()) {
            throw invalid(path, "Dit is geen geldige identifier: CASE vraagt een UUID.",
                    "This is not a valid identifier: CASE requires a UUID.");
        }
        return value;
    }

    /** Runs a domain step; a rule it breaks is reported at the JSON path of what was being read. */
    private static <T> T at(String path, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidField e) {
            var field = path + "." + caseName(e.field());
            throw new InvalidField(field, new Text(field + ": " + e.text().nl(), field + ": " + e.text().en()));
        }
    }

    private static String caseName(String field) {
        return switch (field) {
            case "title" -> "fullStatement";
            case "description" -> "fullStatement";
            case "code" -> "humanCodingScheme";
            case "key", "identifier" -> "identifier";
            default -> field;
        };
    }

    private static InvalidField invalid(String path, String nl, String en) {
        return new InvalidField(path, new Text(path + ": " + nl, path + ": " + en));
    }
}
