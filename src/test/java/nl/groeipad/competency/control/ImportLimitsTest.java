package nl.groeipad.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.groeipad.competency.entity.CaseOrigin;
import nl.groeipad.competency.entity.Competency;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.LevelTexts;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import org.junit.jupiter.api.Test;

/**
 * Hostile imports (issue 6 §3): trees thousands of levels deep, circles and oversized files are refused with a
 * problem naming the item, never a StackOverflowError or minutes of a request thread. The imports run on a thread
 * with a small stack, so a recursion as deep as the tree would fail here; linearity is checked by counting the
 * steps of the depth walk, not by a clock.
 */
class ImportLimitsTest {

    static final jakarta.json.spi.JsonProvider JSON = CaseJson.JSON;
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    /** Far less than a recursion thousands of levels deep needs, plenty for one that is at most 20 deep. */
    static final long SMALL_STACK = 256 * 1024;

    // ---- CASE -------------------------------------------------------------------------------------------

    @Test
    void aCasePackageWithA2000LevelChainIsRefusedAtTheFirstItemTooDeep() {
        var pkg = caseChain(2_000);

        assertThatThrownBy(() -> onASmallStack(() -> CaseImport.read(pkg, key -> 1, NOW, "coach-1")))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("CFItems[" + Framework.MAX_DEPTH + "]");
                    assertThat(e.text().en()).contains("at most 20 levels");
                });
    }

    @Test
    void aCasePackageOfExactlyTwentyLevelsIsImported() {
        var framework = onASmallStack(() -> CaseImport.read(caseChain(Framework.MAX_DEPTH), key -> 1, NOW, "coach-1"));

        assertThat(framework.groups()).hasSize(Framework.MAX_DEPTH - 2);
        assertThat(framework.competencies()).singleElement()
                .satisfies(c -> assertThat(c.indicators()).hasSize(1));
    }

    @Test
    void aLongCircleIsBrokenWhereItWouldCloseAndWhatIsLeftIsTooDeep() {
        // 2,000 items, each the child of the next, and the last the child of the first: one long circle
        var doc = UUID.randomUUID().toString();
        var ids = ids(2_000);
        var items = JSON.createArrayBuilder();
        var links = JSON.createArrayBuilder();
        for (var i = 0; i < ids.size(); i++) {
            items.add(item(ids.get(i), "Item " + i));
            links.add(childOf(ids.get(i), ids.get((i + 1) % ids.size())));
        }
        var pkg = pkg(doc, items, links);

        // the last link would close the circle: it is kept as an association, and item 0 ends up 2,000 deep
        assertThatThrownBy(() -> onASmallStack(() -> CaseImport.read(pkg, key -> 1, NOW, "coach-1")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("CFItems[0]"));
    }

    @Test
    void aSmallCircleIsBrokenWhereItWouldClose() {
        var doc = UUID.randomUUID().toString();
        var ids = ids(3);
        var items = JSON.createArrayBuilder();
        ids.forEach(id -> items.add(item(id, "Item " + id)));
        var links = JSON.createArrayBuilder()
                .add(childOf(ids.get(0), ids.get(1)))
                .add(childOf(ids.get(1), ids.get(2)))
                .add(childOf(ids.get(2), ids.get(0))); // closes the circle: not placed

        var framework = CaseImport.read(pkg(doc, items, links), key -> 1, NOW, "coach-1");

        assertThat(framework.groups()).extracting(g -> g.key()).containsExactly(ids.get(2));
        assertThat(framework.competencies()).extracting(Competency::key).containsExactly(ids.get(1));
        assertThat(framework.associations()).hasSize(1);
    }

    @Test
    void aCasePackageWithMoreItemsThanTheLimitIsTooLarge() {
        var items = JSON.createArrayBuilder();
        for (var i = 0; i <= ImportLimits.MAX_ITEMS; i++) {
            items.add(item(UUID.randomUUID().toString(), "Item " + i));
        }
        var pkg = pkg(UUID.randomUUID().toString(), items, JSON.createArrayBuilder());

        assertThatThrownBy(() -> CaseImport.read(pkg, key -> 1, NOW, "coach-1")).isInstanceOf(TooLarge.class);
    }

    @Test
    void anUploadIsReadNoFurtherThanTheByteLimit() {
        var counted = new long[1];
        var endless = new InputStream() { // an upload that never ends: spaces inside a JSON array
            @Override
            public int read() {
                counted[0]++;
                return counted[0] == 1 ? '[' : ' ';
            }
        };

        assertThatThrownBy(() -> CaseImport.read(endless, key -> 1, NOW, "coach-1")).isInstanceOf(TooLarge.class);
        assertThat(counted[0]).isLessThan(ImportLimits.MAX_BYTES + 64 * 1024);
        assertThatThrownBy(() -> MoodleCsvImport.read(endlessCsv(), key -> 1, NOW, "coach-1")).isInstanceOf(TooLarge.class);
    }

    @Test
    void anEmptyOrOneByteUploadIsNotJsonNamingTheDocument() {
        for (var upload : List.of(new byte[0], new byte[] {'{'}, new byte[] {(byte) 0xFF})) {
            assertThatThrownBy(() -> CaseImport.read(new ByteArrayInputStream(upload), key -> 1, NOW, "coach-1"))
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("$"));
        }
    }

    // ---- Moodle CSV ------------------------------------------------------------------------------------

    @Test
    void aMoodleCsvWithA5000LevelParentChainIsRefusedAtTheFirstRowTooDeep() {
        var csv = moodleChain(5_000);

        // line 1 is the header, line 2 the framework, line 3 the top of the chain (depth 1)
        assertThatThrownBy(() -> onASmallStack(() -> MoodleCsvImport.read(csv, key -> 1, NOW, "coach-1")))
                .isInstanceOfSatisfying(InvalidField.class, e ->
                        assertThat(e.field()).isEqualTo("lines[" + (Framework.MAX_DEPTH + 3) + "].parentidnumber"));
    }

    @Test
    void aMoodleCsvOfExactlyTwentyLevelsIsImportedFromAStream() {
        var upload = new ByteArrayInputStream(moodleChain(Framework.MAX_DEPTH).getBytes(StandardCharsets.UTF_8));

        var framework = onASmallStack(() -> MoodleCsvImport.read(upload, key -> 1, NOW, "coach-1"));

        assertThat(framework.groups()).hasSize(Framework.MAX_DEPTH - 2);
        assertThat(framework.competencies()).singleElement().satisfies(c -> assertThat(c.indicators()).hasSize(1));
    }

    @Test
    void aMoodleCsvWhoseRowsFormALongCircleIsRefused() {
        var csv = new StringBuilder(MoodleCsvTest.HEADER).append(",FW,Raamwerk,,2,,,,,,,,1,\n");
        var n = 5_000;
        for (var i = 0; i < n; i++) {
            csv.append("c").append((i + 1) % n).append(",c").append(i).append(",Competentie ").append(i).append(",,2,,,,,,,,,\n");
        }

        assertThatThrownBy(() -> onASmallStack(() -> MoodleCsvImport.read(csv.toString(), key -> 1, NOW, "coach-1")))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[3].parentidnumber");
                    assertThat(e.text().nl()).contains("onder zichzelf");
                });
    }

    @Test
    void aMoodleCsvWithMoreRowsThanTheLimitIsTooLarge() {
        var csv = new StringBuilder(MoodleCsvTest.HEADER).append(",FW,Raamwerk,,2,,,,,,,,1,\n");
        for (var i = 0; i <= ImportLimits.MAX_ITEMS; i++) {
            csv.append(",c").append(i).append(",Competentie ").append(i).append(",,2,,,,,,,,,\n");
        }

        assertThatThrownBy(() -> MoodleCsvImport.read(csv.toString(), key -> 1, NOW, "coach-1")).isInstanceOf(TooLarge.class);
    }

    // ---- linear work, counted -------------------------------------------------------------------------

    @Test
    void theDepthOfEveryItemIsWorkedOutInStepsLinearInTheNumberOfItems() {
        var n = 5_000;
        var parent = new HashMap<Integer, Integer>();
        var deepestFirst = new ArrayList<Integer>();
        for (var i = n - 1; i >= 0; i--) {
            deepestFirst.add(i);
            parent.put(i, i == 0 ? null : i - 1);
        }

        var chain = TreeDepths.of(deepestFirst, parent::get, Integer.MAX_VALUE);
        var capped = TreeDepths.of(deepestFirst.reversed(), parent::get, Framework.MAX_DEPTH);
        parent.put(0, n - 1);
        var circle = TreeDepths.of(deepestFirst, parent::get, Integer.MAX_VALUE);

        assertThat(chain.circle()).isNull();
        assertThat(chain.tooDeep()).isNull();
        assertThat(chain.steps()).isLessThanOrEqualTo(2L * n); // a walk to the top per item would be n²/2
        assertThat(capped.tooDeep()).isEqualTo(Framework.MAX_DEPTH);
        assertThat(capped.steps()).isLessThanOrEqualTo(2L * (Framework.MAX_DEPTH + 1));
        assertThat(circle.circle()).isEqualTo(n - 1);
        assertThat(circle.steps()).isLessThanOrEqualTo(n + 1L);
    }

    // ---- CSV injection --------------------------------------------------------------------------------

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralisedAndReadBackAsWritten() {
        var hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
        var framework = new Framework(UUID.randomUUID().toString(), 1, hyperlink, "+31 6 12345678", "nl",
                ScaleLabels.DEFAULT, FrameworkSource.GROEIPAD, NOW, "coach-1");
        var group = framework.addGroup(null, null, "@SUM(A1:A9)", CaseOrigin.withKey(UUID.randomUUID().toString()), NOW);
        var competency = framework.addCompetency(group.key(), null, "-2+3", "=1+1",
                CaseOrigin.withKey(UUID.randomUUID().toString()), NOW);
        framework.addIndicator(competency.id(), null, "Gewoon gedrag", LevelTexts.none(),
                CaseOrigin.withKey(UUID.randomUUID().toString()), NOW);

        var csv = MoodleCsvExport.export(framework);
        var cells = new ArrayList<String>(); // as a spreadsheet reads the file
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
            parser.forEach(record -> cells.addAll(record.toList()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(cells).contains("'" + hyperlink, "'@SUM(A1:A9)", "'-2+3").doesNotContain(hyperlink);
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(MoodleCsvExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(MoodleCsvExport.cell("\rx")).isEqualTo("'\rx");
        assertThat(MoodleCsvExport.cell("gewoon")).isEqualTo("gewoon");

        var again = MoodleCsvImport.read(csv, key -> 1, NOW, "coach-1");
        assertThat(again.title()).isEqualTo(hyperlink);
        assertThat(again.groups()).singleElement().satisfies(g -> assertThat(g.title()).isEqualTo("@SUM(A1:A9)"));
        assertThat(again.competencies()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("-2+3");
            assertThat(c.description()).isEqualTo("=1+1");
        });
    }

    // ---- generated inputs -----------------------------------------------------------------------------

    /** A CASE package whose items form one chain: item 0 below the document, item i below item i - 1. */
    static String caseChain(int length) {
        var doc = UUID.randomUUID().toString();
        var ids = ids(length);
        var items = JSON.createArrayBuilder();
        var links = JSON.createArrayBuilder();
        for (var i = 0; i < length; i++) {
            items.add(item(ids.get(i), "Item " + i));
            links.add(childOf(ids.get(i), i == 0 ? doc : ids.get(i - 1)));
        }
        return pkg(doc, items, links);
    }

    /** A Moodle CSV whose rows form one chain below the framework row. */
    static String moodleChain(int length) {
        var csv = new StringBuilder(MoodleCsvTest.HEADER).append(",FW,Raamwerk,,2,,,,,,,,1,\n");
        for (var i = 0; i < length; i++) {
            csv.append(i == 0 ? "" : "c" + (i - 1)).append(",c").append(i).append(",Competentie ").append(i)
                    .append(",,2,,,,,,,,,\n");
        }
        return csv.toString();
    }

    private static InputStream endlessCsv() {
        var header = MoodleCsvTest.HEADER.getBytes(StandardCharsets.UTF_8);
        var row = ",c,Competentie,,2,,,,,,,,,\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                var i = at++;
                return i < header.length ? header[(int) i] : row[(int) ((i - header.length) % row.length)];
            }
        };
    }

    private static List<String> ids(int n) {
        var ids = new ArrayList<String>();
        for (var i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    private static jakarta.json.JsonObject item(String id, String statement) {
        return JSON.createObjectBuilder().add("identifier", id).add("fullStatement", statement)
                .add("uri", "urn:uuid:" + id).build();
    }

    private static jakarta.json.JsonObject childOf(String child, String parent) {
        var id = UUID.randomUUID().toString();
        return JSON.createObjectBuilder().add("identifier", id).add("uri", "urn:uuid:" + id)
                .add("associationType", "isChildOf")
                .add("originNodeURI", JSON.createObjectBuilder().add("identifier", child).add("uri", "urn:uuid:" + child)
                        .add("title", "x"))
                .add("destinationNodeURI", JSON.createObjectBuilder().add("identifier", parent)
                        .add("uri", "urn:uuid:" + parent).add("title", "x"))
                .build();
    }

    private static String pkg(String doc, JsonArrayBuilder items, JsonArrayBuilder links) {
        return JSON.createObjectBuilder()
                .add("CFDocument", JSON.createObjectBuilder().add("identifier", doc).add("title", "Diep raamwerk")
                        .add("uri", "urn:uuid:" + doc).add("creator", "test"))
                .add("CFItems", items).add("CFAssociations", links).build().toString();
    }

    /** Runs the step on a thread with a small stack; what it throws is thrown here. */
    static <T> T onASmallStack(Supplier<T> step) {
        var result = new AtomicReference<T>();
        var failure = new AtomicReference<Throwable>();
        var thread = new Thread(null, () -> {
            try {
                result.set(step.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new AssertionError("the import failed with " + failure.get(), failure.get());
        }
        return result.get();
    }
}
