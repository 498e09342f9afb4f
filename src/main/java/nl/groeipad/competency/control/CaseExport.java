package nl.groeipad.competency.control;

import static nl.groeipad.competency.control.CaseJson.link;
import static nl.groeipad.competency.control.CaseJson.nameUuid;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import nl.groeipad.competency.entity.BehaviouralIndicator;
import nl.groeipad.competency.entity.Competency;
import nl.groeipad.competency.entity.CompetencyGroup;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkStatus;
import nl.groeipad.competency.entity.Level;

/**
 * A framework version as a 1EdTech CASE 1.0 CFPackage (see {@code docs/competency.md} for the mapping):
 * the framework is the CFDocument; groups, competencies and indicators are CFItems whose identifiers are
 * their keys; the hierarchy is {@code isChildOf}; level texts A/B/C and the 1–5 scale are CFRubrics.
 * Whatever an imported package had beyond that is given back as it came.
 */
public final class CaseExport {

    public static final String TYPE_GROUP = "Competency group";
    public static final String TYPE_COMPETENCY = "Competency";
    public static final String TYPE_INDICATOR = "Behavioural indicator";
    public static final String PATH = "/ims/case/v1p0";

    private final Framework framework;
    private final String base;
    private final String creator;

    /**
     * @param base    the tool's public base URL, for the uri of every object
     * @param creator who made the framework (the organisation), for a CFDocument that has no creator yet
     */
    public CaseExport(Framework framework, String base, String creator) {
        this.framework = Objects.requireNonNull(framework);
        this.base = Objects.requireNonNull(base);
        this.creator = creator == null || creator.isBlank() ? "Groeipad" : creator;
    }

    public JsonObject cfPackage() {
        var extras = CaseJson.object(framework.caseExtras());
        var result = CaseJson.JSON.createObjectBuilder()
                .add("CFDocument", document(false))
                .add("CFItems", items())
                .add("CFAssociations", associations());
        if (extras.containsKey("CFDefinitions")) {
            result.add("CFDefinitions", extras.get("CFDefinitions"));
        }
        result.add("CFRubrics", rubrics(extras));
        return result.build();
    }

    /**
     * The CFDocument; outside a package ({@code GET /CFDocuments/{id}}) it links to its package with a
     * CFPackageURI object, as the REST binding asks.
     */
    public JsonObject document(boolean standalone) {
        var doc = CaseJson.JSON.createObjectBuilder(CaseJson.object(framework.caseDocument()));
        doc.add("identifier", framework.key());
        var original = CaseJson.object(framework.caseDocument());
        if (!original.containsKey("uri")) {
            doc.add("uri", documentUri());
        }
        if (!original.containsKey("creator")) {
            doc.add("creator", creator);
        }
        doc.add("title", framework.title());
        doc.add("lastChangeDateTime", framework.lastChange());
        if (framework.description() != null) {
            doc.add("description", framework.description());
        } else {
            doc.remove("description");
        }
        if (framework.language() != null) {
            doc.add("language", framework.language());
        }
        if (!original.containsKey("version")) {
            doc.add("version", String.valueOf(framework.version()));
        }
        if (!original.containsKey("adoptionStatus")) {
            doc.add("adoptionStatus", adoptionStatus(framework.status()));
        }
        if (standalone) {
            doc.add("CFPackageURI", link(framework.title(), framework.key(), base + PATH + "/CFPackages/" + framework.key()));
        }
        return doc.build();
    }

    /** One item by key, as {@code GET /CFItems/{id}} serves it (with a CFDocumentURI object). */
    public java.util.Optional<JsonObject> item(String key) {
        for (var group : framework.groups()) {
            if (group.key().equals(key)) {
                return java.util.Optional.of(standalone(groupItem(group)));
            }
        }
        for (var competency : framework.competencies()) {
            if (competency.key().equals(key)) {
                return java.util.Optional.of(standalone(competencyItem(competency)));
            }
            for (var indicator : competency.indicators()) {
                if (indicator.key().equals(key)) {
                    return java.util.Optional.of(standalone(indicatorItem(indicator)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private JsonObject standalone(JsonObject item) {
        return CaseJson.JSON.createObjectBuilder(item).add("CFDocumentURI", documentLink()).build();
    }

    private static String adoptionStatus(FrameworkStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Adopted";
            case SUPERSEDED -> "Deprecated";
        };
    }

    // ---- items ------------------------------------------------------------------------------

    private JsonArrayBuilder items() {
        var items = CaseJson.JSON.createArrayBuilder();
        for (var group : framework.groups()) {
            items.add(groupItem(group));
        }
        for (var competency : framework.competencies()) {
            items.add(competencyItem(competency));
            competency.indicators().forEach(i -> items.add(indicatorItem(i)));
        }
        return items;
    }

    private JsonObject groupItem(CompetencyGroup group) {
        var item = start(group.caseItem(), group.key(), TYPE_GROUP, group.position());
        item.add("fullStatement", group.title());
        code(item, group.code());
        return item.add("lastChangeDateTime", group.lastChange()).build();
    }

    private JsonObject competencyItem(Competency competency) {
        var item = start(competency.caseItem(), competency.key(), TYPE_COMPETENCY, competency.position());
        if (competency.description() != null) {
            item.add("fullStatement", competency.description()).add("abbreviatedStatement", competency.title());
        } else {
            item.add("fullStatement", competency.title()).remove("abbreviatedStatement");
        }
        code(item, competency.code());
        return item.add("lastChangeDateTime", competency.lastChange()).build();
    }

    private JsonObject indicatorItem(BehaviouralIndicator indicator) {
        var item = start(indicator.caseItem(), indicator.key(), TYPE_INDICATOR, indicator.position());
        item.add("fullStatement", indicator.description());
        code(item, indicator.code());
        return item.add("lastChangeDateTime", indicator.lastChange()).build();
    }

    /** An imported item as it came; a Groeipad item with the fields CASE readers expect. */
    private JsonObjectBuilder start(String caseItem, String key, String type, int position) {
        if (caseItem != null) {
            return CaseJson.JSON.createObjectBuilder(CaseJson.object(caseItem)).add("identifier", key);
        }
        var item = CaseJson.JSON.createObjectBuilder().add("identifier", key).add("uri", itemUri(key))
                .add("CFDocumentURI", documentLink()).add("CFItemType", type)
                .add("listEnumeration", String.valueOf(position + 1));
        if (framework.language() != null) {
            item.add("language", framework.language());
        }
        return item;
    }

    private static void code(JsonObjectBuilder item, String code) {
        if (code != null) {
            item.add("humanCodingScheme", code);
        } else {
            item.remove("humanCodingScheme");
        }
    }

    // ---- associations -----------------------------------------------------------------------

    private JsonArrayBuilder associations() {
        var associations = CaseJson.JSON.createArrayBuilder();
        for (var group : framework.groups()) {
            var parent = group.parentKey() == null ? null : framework.groupByKey(group.parentKey()).orElseThrow();
            associations.add(childOf(group.caseParentLink(), group.key(), group.title(), group.position(), group.lastChange(),
                    parent == null ? null : parent.key(), parent == null ? null : parent.title()));
        }
        for (var competency : framework.competencies()) {
            var group = competency.groupKey() == null ? null : framework.groupByKey(competency.groupKey()).orElseThrow();
            associations.add(childOf(competency.caseParentLink(), competency.key(), competency.title(), competency.position(),
                    competency.lastChange(), group == null ? null : group.key(), group == null ? null : group.title()));
            for (var indicator : competency.indicators()) {
                associations.add(childOf(indicator.caseParentLink(), indicator.key(), indicator.description(),
                        indicator.position(), indicator.lastChange(), competency.key(), competency.title()));
            }
        }
        for (var kept : framework.associations()) {
            associations.add(CaseJson.object(kept.body()));
        }
        return associations;
    }

    /** The imported isChildOf of a node, or a new one (stable identifier) when it was made or moved in Groeipad. */
    private JsonObject childOf(String imported, String key, String title, int position, String lastChange,
                               String parentKey, String parentTitle) {
        if (imported != null) {
            return CaseJson.object(imported);
        }
        var destination = parentKey == null
                ? link(framework.title(), framework.key(), documentUri())
                : link(parentTitle, parentKey, itemUri(parentKey));
        var identifier = nameUuid("isChildOf:" + key + ":" + (parentKey == null ? framework.key() : parentKey));
        return CaseJson.JSON.createObjectBuilder()
                .add("identifier", identifier)
                .add("associationType", "isChildOf")
                .add("sequenceNumber", position + 1)
                .add("uri", base + PATH + "/CFAssociations/" + identifier)
                .add("originNodeURI", link(title, key, itemUri(key)))
                .add("destinationNodeURI", destination)
                .add("CFDocumentURI", documentLink())
                .add("lastChangeDateTime", lastChange)
                .build();
    }

    // ---- rubrics: levels A/B/C and the 1–5 scale --------------------------------------------

    private JsonArrayBuilder rubrics(JsonObject extras) {
        var rubrics = CaseJson.JSON.createArrayBuilder();
        var levels = levelRubric();
        if (levels != null) {
            rubrics.add(levels);
        }
        rubrics.add(scaleRubric());
        if (extras.get("CFRubrics") instanceof jakarta.json.JsonArray kept) {
            kept.forEach(rubrics::add);
        }
        return rubrics;
    }

    /** Identifiers of Groeipad's own rubrics, derived from the keys, so an import recognises them. */
    static String levelRubricId(String frameworkKey) {
        return nameUuid("rubric:levels:" + frameworkKey);
    }

    static String scaleRubricId(String frameworkKey) {
        return nameUuid("rubric:scale:" + frameworkKey);
    }

    private JsonObject levelRubric() {
        var rubricId = levelRubricId(framework.key());
        var criteria = CaseJson.JSON.createArrayBuilder();
        var position = 0;
        for (var competency : framework.competencies()) {
            for (var indicator : competency.indicators()) {
                var texts = indicator.levels();
                if (texts.isEmpty()) {
                    continue;
                }
                var criterionId = nameUuid("criterion:levels:" + indicator.key());
                var levels = CaseJson.JSON.createArrayBuilder();
                for (var level : Level.values()) {
                    if (texts.at(level) == null) {
                        continue;
                    }
                    var levelId = nameUuid("level:" + level + ":" + indicator.key());
                    levels.add(CaseJson.JSON.createObjectBuilder()
                            .add("identifier", levelId)
                            .add("uri", base + PATH + "/CFRubricCriterionLevels/" + levelId)
                            .add("description", texts.at(level))
                            .add("quality", level.name())
                            .add("score", level.ordinal() + 1)
                            .add("feedback", level.meetsMboEntree() ? "Niveau C: de standaard van mbo-Entree."
                                    : "Niveau " + level + ": een stap op weg naar niveau C.")
                            .add("position", level.ordinal() + 1)
                            .add("rubricCriterionId", criterionId)
                            .add("lastChangeDateTime", indicator.lastChange()));
                }
                criteria.add(CaseJson.JSON.createObjectBuilder()
                        .add("identifier", criterionId)
                        .add("uri", base + PATH + "/CFRubricCriteria/" + criterionId)
                        .add("category", "Ontwikkelniveaus")
                        .add("description", indicator.description())
                        .add("CFItemURI", link(indicator.description(), indicator.key(), itemUri(indicator.key())))
                        .add("position", ++position)
                        .add("rubricId", rubricId)
                        .add("lastChangeDateTime", indicator.lastChange())
                        .add("CFRubricCriterionLevels", levels));
            }
        }
        if (position == 0) {
            return null;
        }
        return CaseJson.JSON.createObjectBuilder()
                .add("identifier", rubricId)
                .add("uri", base + PATH + "/CFRubrics/" + rubricId)
                .add("title", "Ontwikkelniveaus A, B en C")
                .add("description", "Wat elke gedragsindicator vraagt op niveau A, B en C. Niveau C is de standaard van mbo-Entree.")
                .add("lastChangeDateTime", framework.lastChange())
                .add("CFRubricCriteria", criteria)
                .build();
    }

    private JsonObject scaleRubric() {
        var rubricId = scaleRubricId(framework.key());
        var criterionId = nameUuid("criterion:scale:" + framework.key());
        var levels = CaseJson.JSON.createArrayBuilder();
        List<String> labels = framework.scale().labels();
        for (var score = 1; score <= labels.size(); score++) {
            var levelId = nameUuid("scale:" + score + ":" + framework.key());
            levels.add(CaseJson.JSON.createObjectBuilder()
                    .add("identifier", levelId)
                    .add("uri", base + PATH + "/CFRubricCriterionLevels/" + levelId)
                    .add("description", labels.get(score - 1))
                    .add("quality", labels.get(score - 1))
                    .add("score", score)
                    .add("position", score)
                    .add("rubricCriterionId", criterionId)
                    .add("lastChangeDateTime", framework.lastChange()));
        }
        return CaseJson.JSON.createObjectBuilder()
                .add("identifier", rubricId)
                .add("uri", base + PATH + "/CFRubrics/" + rubricId)
                .add("title", "Schaal 1 tot en met 5")
                .add("description", "De score van een gedragsindicator: 1 is de laagste, 5 de hoogste.")
                .add("lastChangeDateTime", framework.lastChange())
                .add("CFRubricCriteria", CaseJson.JSON.createArrayBuilder().add(CaseJson.JSON.createObjectBuilder()
                        .add("identifier", criterionId)
                        .add("uri", base + PATH + "/CFRubricCriteria/" + criterionId)
                        .add("category", "Schaal")
                        .add("description", "Score per gedragsindicator")
                        .add("position", 1)
                        .add("rubricId", rubricId)
                        .add("lastChangeDateTime", framework.lastChange())
                        .add("CFRubricCriterionLevels", levels)))
                .build();
    }

    // ---- addresses --------------------------------------------------------------------------

    private String documentUri() {
        return base + PATH + "/CFDocuments/" + framework.key();
    }

    private String itemUri(String key) {
        return base + PATH + "/CFItems/" + key;
    }

    private JsonObject documentLink() {
        return link(framework.title(), framework.key(), documentUri());
    }
}
