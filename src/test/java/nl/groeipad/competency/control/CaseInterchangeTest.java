package nl.groeipad.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groeipad.competency.entity.Competency;
import nl.groeipad.competency.entity.CompetencyGroup;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;
import static nl.groeipad.competency.control.CaseComparison.associations;
import static nl.groeipad.competency.control.CaseComparison.childOf;
import static nl.groeipad.competency.control.CaseComparison.items;
import static nl.groeipad.competency.control.CaseComparison.normalized;
import static nl.groeipad.competency.control.CaseComparison.parse;

/** CASE 1.0 both ways: exports validate against the CFPackage schema, and packages survive a round trip. */
class CaseInterchangeTest {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final String BASE = "https://groeipad.example.org";
    static final String OPENSALT = "fixtures/case/opensalt-sample-framework.json";
    static final String SMART_LEVEL = "fixtures/case/smart-level-framework.json";

    static Framework demo() {
        return StarterFramework.publishedVersion(NOW);
    }

    static JsonObject export(Framework framework) {
        return new CaseExport(framework, BASE, "Leerbedrijf").cfPackage();
    }

    static Framework importPackage(String json) {
        return CaseImport.read(json, key -> 1, NOW, "coach-1");
    }


    // ---- export -------------------------------------------------------------------------------

    @Test
    void theStarterFrameworkExportValidatesAgainstTheCasePackageSchema() {
        var pkg = export(demo());

        assertThat(SharedFiles.caseSchemaErrors(pkg.toString())).isEmpty();
    }

    @Test
    void theSchemaCheckIsStrictEnoughToFindTheFaultsOfTheRawSample() {
        // the OpenSALT sample writes sequenceNumber as a string and dates without offset; our export does not
        assertThat(SharedFiles.caseSchemaErrors(SharedFiles.read(OPENSALT)))
                .anySatisfy(e -> assertThat(e).contains("sequenceNumber"))
                .anySatisfy(e -> assertThat(e).contains("lastChangeDateTime"));
    }

    @Test
    void theExportHasTheDocumentItemsHierarchyAndRubrics() {
        var framework = demo();
        var pkg = export(framework);

        var document = pkg.getJsonObject("CFDocument");
        assertThat(document.getString("identifier")).isEqualTo(framework.key());
        assertThat(document.getString("title")).isEqualTo("Werknemersvaardigheden (WPO-stijl)");
        assertThat(document.getString("creator")).isEqualTo("Leerbedrijf");
        assertThat(document.getString("adoptionStatus")).isEqualTo("Adopted");
        var items = pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class);
        var types = items.stream().collect(Collectors.groupingBy(i -> i.getString("CFItemType"), Collectors.counting()));
        assertThat(types).containsEntry("Competency group", 3L).containsEntry("Competency", 8L)
                .containsEntry("Behavioural indicator", 16L);
        var first = items.stream().filter(i -> "1.1".equals(i.getString("humanCodingScheme", null))).findFirst().orElseThrow();
        assertThat(first.getString("fullStatement")).isEqualTo("Vraagt op tijd om hulp of advies.");
        assertThat(first.getString("uri")).isEqualTo(BASE + "/ims/case/v1p0/CFItems/" + first.getString("identifier"));
        assertThat(childOf(pkg)).hasSize(items.size());
        var rubrics = pkg.getJsonArray("CFRubrics").getValuesAs(JsonObject.class);
        assertThat(rubrics).extracting(r -> r.getString("title")).containsExactly("Ontwikkelniveaus A, B en C",
                "Schaal 1 tot en met 5");
        var criteria = rubrics.getFirst().getJsonArray("CFRubricCriteria").getValuesAs(JsonObject.class);
        assertThat(criteria).hasSize(16);
        assertThat(criteria.getFirst().getJsonArray("CFRubricCriterionLevels").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("quality")).containsExactly("A", "B", "C");
        assertThat(rubrics.get(1).getJsonArray("CFRubricCriteria").getJsonObject(0).getJsonArray("CFRubricCriterionLevels")
                .getValuesAs(JsonObject.class)).extracting(l -> l.getString("quality"))
                .containsExactly("Nog niet", "Met veel hulp", "Met een beetje hulp", "Zelfstandig", "Kan het een ander leren");
    }

    @Test
    void theStarterFrameworkComesBackTheSameAfterExportAndImport() {
        var original = demo();

        var again = importPackage(export(original).toString());

        assertThat(again.key()).isEqualTo(original.key());
        assertThat(again.title()).isEqualTo(original.title());
        assertThat(again.description()).isEqualTo(original.description());
        assertThat(again.scale()).isEqualTo(original.scale());
        assertThat(again.source()).isEqualTo(FrameworkSource.CASE);
        assertThat(again.groups()).extracting(CompetencyGroup::key, CompetencyGroup::title)
                .containsExactlyElementsOf(original.groups().stream().map(g -> org.assertj.core.groups.Tuple.tuple(g.key(), g.title())).toList());
        assertThat(shape(again)).isEqualTo(shape(original));
        assertThat(export(again)).isEqualTo(export(original));
    }

    /** Everything Groeipad models, as comparable text. */
    static List<String> shape(Framework framework) {
        return framework.competencies().stream().flatMap(c -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(String.join("|", c.key(), String.valueOf(c.groupKey()), String.valueOf(c.code()),
                        c.title(), String.valueOf(c.description()), String.valueOf(c.position()))),
                c.indicators().stream().map(i -> String.join("|", c.key(), i.key(), String.valueOf(i.code()), i.description(),
                        String.valueOf(i.at(Level.A)), String.valueOf(i.at(Level.B)), String.valueOf(i.at(Level.C)),
                        String.valueOf(i.position()))))).toList();
    }

    // ---- the real packages --------------------------------------------------------------------

    @Test
    void theOpenSaltSampleFrameworkImportsAndExportsWithoutLoss() {
        assertLosslessRoundTrip(SharedFiles.read(OPENSALT));
    }

    @Test
    void theSmartLevelFrameworkImportsAndExportsWithoutLoss() {
        assertLosslessRoundTrip(SharedFiles.read(SMART_LEVEL));
    }

    @Test
    void theOpenSaltSampleBecomesGroupsCompetenciesAndIndicators() {
        var framework = importPackage(SharedFiles.read(OPENSALT));

        assertThat(framework.title()).isEqualTo("What Standards Could Be");
        assertThat(framework.groups()).extracting(CompetencyGroup::code)
                .containsExactly("CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A");
        assertThat(framework.competencies()).extracting(Competency::code).containsExactly(
                "CCSS.Math.Content.6.RP.A.1", "CCSS.Math.Content.6.RP.A.2", "CCSS.Math.Content.6.RP.A.3",
                "CCSS.Math.Content.7.RP.A.1", "CCSS.Math.Content.7.RP.A.2", "CCSS.Math.Content.7.RP.A.3");
        assertThat(framework.competencyByKey("ddcf67a6-abf2-4df1-8d95-8752d65f0ec2")).isEmpty(); // a group, not a competency
        var ratio = framework.competencies().get(2);
        assertThat(ratio.indicators()).extracting(i -> i.code()).containsExactly("CCSS.Math.Content.6.RP.A.3a",
                "CCSS.Math.Content.6.RP.A.3b", "CCSS.Math.Content.6.RP.A.3c", "CCSS.Math.Content.6.RP.A.3d");
        assertThat(framework.associations()).hasSize(39 - 16);
    }

    @Test
    void anImportedFrameworkThatIsChangedExportsTheChangeAndKeepsTheRest() {
        var framework = importPackage(SharedFiles.read(SMART_LEVEL));
        var first = framework.competencies().getFirst();
        framework.reviseCompetency(first.id(), null, "I1", "Item één", null, NOW.plusSeconds(60));

        var pkg = export(framework);

        var item = items(pkg).get(first.key());
        assertThat(item.getString("fullStatement")).isEqualTo("Item één");
        assertThat(item.getString("humanCodingScheme")).isEqualTo("I1");
        assertThat(item.getString("lastChangeDateTime")).isEqualTo("2026-11-30T09:01:00Z");
        assertThat(SharedFiles.caseSchemaErrors(pkg.toString())).isEmpty();
        assertThat(childOf(pkg)).isEqualTo(childOf(normalized(SharedFiles.read(SMART_LEVEL))));
    }

    private static void assertLosslessRoundTrip(String original) {
        var source = normalized(original);
        var framework = importPackage(original);
        var exported = export(framework);
        var again = export(importPackage(exported.toString()));

        for (var pkg : List.of(exported, again)) {
            assertThat(SharedFiles.caseSchemaErrors(pkg.toString())).as("schema errors").isEmpty();
            assertThat(pkg.getJsonObject("CFDocument").getString("identifier"))
                    .isEqualTo(source.getJsonObject("CFDocument").getString("identifier"));
            assertThat(pkg.getJsonObject("CFDocument").getString("title")).isEqualTo(source.getJsonObject("CFDocument").getString("title"));
            assertThat(pkg.getJsonObject("CFDocument").getString("creator")).isEqualTo(source.getJsonObject("CFDocument").getString("creator"));
            assertThat(items(pkg).keySet()).isEqualTo(items(source).keySet());
            items(source).forEach((id, item) -> assertThat(items(pkg).get(id)).as("CFItem " + id).isEqualTo(item));
            assertThat(childOf(pkg)).as("isChildOf pairs").isEqualTo(childOf(source));
            assertThat(associations(pkg)).as("all associations").isEqualTo(associations(source));
            assertThat(pkg.get("CFDefinitions")).isEqualTo(source.get("CFDefinitions"));
        }
        // lastChangeDateTime without an offset is read as UTC: the same moment
        var raw = parse(original).getJsonArray("CFItems").getJsonObject(0).getString("lastChangeDateTime");
        var out = items(exported).get(parse(original).getJsonArray("CFItems").getJsonObject(0).getString("identifier"))
                .getString("lastChangeDateTime");
        assertThat(OffsetDateTime.parse(out).toInstant())
                .isEqualTo(OffsetDateTime.parse(CaseJson.dateTime(raw)).toInstant());
    }





    // ---- all or nothing, with the path of the problem ----------------------------------------

    @Test
    void anItemWithoutAUuidIsNamedByItsPath() {
        var broken = Json.createObjectBuilder(parse(SharedFiles.read(SMART_LEVEL)));
        var items = Json.createArrayBuilder(parse(SharedFiles.read(SMART_LEVEL)).getJsonArray("CFItems"));
        items.set(3, Json.createObjectBuilder(parse(SharedFiles.read(SMART_LEVEL)).getJsonArray("CFItems").getJsonObject(3))
                .add("identifier", "item-4"));
        broken.add("CFItems", items);

        assertThatThrownBy(() -> importPackage(broken.build().toString())).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("CFItems[3].identifier");
    }

    @Test
    void brokenPackagesAreRefusedNamingWhatIsWrong() {
        assertThat(fieldOf("{not json")).isEqualTo("$");
        assertThat(fieldOf("[]")).isEqualTo("$");
        assertThat(fieldOf("{}")).isEqualTo("CFDocument");
        assertThat(fieldOf("{\"CFDocument\":{\"identifier\":\"x\",\"title\":\"T\"}}")).isEqualTo("CFDocument.identifier");
        var doc = "{\"identifier\":\"d0000000-0000-0000-0000-000000000000\",\"title\":\"T\"}";
        assertThat(fieldOf("{\"CFDocument\":{\"identifier\":\"d0000000-0000-0000-0000-000000000000\"}}"))
                .isEqualTo("CFDocument.title");
        assertThat(fieldOf("{\"CFDocument\":" + doc + ",\"CFItems\":[{\"identifier\":\"00000000-0000-0000-0000-000000000001\"}]}"))
                .isEqualTo("CFItems[0].fullStatement");
        assertThat(fieldOf("{\"CFDocument\":" + doc + ",\"CFItems\":[" + item(1) + "," + item(1) + "]}"))
                .isEqualTo("CFItems[1].identifier");
        assertThat(fieldOf("{\"CFDocument\":" + doc + ",\"CFItems\":[" + item(1) + "],\"CFAssociations\":[{\"identifier\":"
                + "\"a0000000-0000-0000-0000-000000000001\",\"associationType\":\"isChildOf\"}]}"))
                .isEqualTo("CFAssociations[0].originNodeURI");
        assertThat(fieldOf("{\"CFDocument\":" + doc + ",\"CFItems\":{}}")).isEqualTo("CFItems");
    }

    private static String item(int n) {
        return "{\"identifier\":\"00000000-0000-0000-0000-00000000000" + n + "\",\"fullStatement\":\"Item " + n + "\"}";
    }

    private static String fieldOf(String json) {
        try {
            importPackage(json);
        } catch (InvalidField e) {
            return e.field();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void normalisingKeepsWhatAPackageSays() {
        var normalized = (JsonObject) CaseJson.normalize(parse(
                "{\"a\":null,\"sequenceNumber\":\"2\",\"lastChangeDateTime\":\"2017-05-25T18:05:33\",\"b\":[{\"c\":null}]}"));

        assertThat(normalized).isEqualTo(parse("{\"sequenceNumber\":2,\"lastChangeDateTime\":\"2017-05-25T18:05:33Z\",\"b\":[{}]}"));
        assertThat(normalized.get("a")).isNull();
        assertThat(JsonValue.NULL).isNotEqualTo(normalized.get("b"));
    }
}
