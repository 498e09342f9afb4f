package nl.groeipad.competency.control;

import static nl.groeipad.competency.control.MoodleCsv.COLUMNS;
import static nl.groeipad.competency.control.MoodleCsv.DESCRIPTION;
import static nl.groeipad.competency.control.MoodleCsv.FORMAT;
import static nl.groeipad.competency.control.MoodleCsv.HTML;
import static nl.groeipad.competency.control.MoodleCsv.IDNUMBER;
import static nl.groeipad.competency.control.MoodleCsv.IS_FRAMEWORK;
import static nl.groeipad.competency.control.MoodleCsv.META;
import static nl.groeipad.competency.control.MoodleCsv.PARENT;
import static nl.groeipad.competency.control.MoodleCsv.RELATED;
import static nl.groeipad.competency.control.MoodleCsv.SCALE;
import static nl.groeipad.competency.control.MoodleCsv.SHORTNAME;
import static nl.groeipad.competency.control.MoodleCsv.UUID_FORM;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.competency.entity.CaseOrigin;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.LevelTexts;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;
import org.apache.commons.csv.CSVFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads Moodle's competency framework CSV ({@link MoodleCsv}) into a new draft version, all or nothing: the file is
 * parsed by Apache Commons CSV (comma, semicolon or tab as separator, whichever the first line uses; a byte order
 * mark is ignored), every refusal names the line and column ({@code lines[3].shortname}), and HTML descriptions
 * become plain text with jsoup.
 */
public final class MoodleCsvImport {

    private MoodleCsvImport() {
    }

    /** One record and the line of the file it starts on (1 = the first line). */
    record Row(int line, List<String> fields) {
        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private enum Kind { GROUP, COMPETENCY, INDICATOR }

    /** One competency row of the file, with what its description says besides its text. */
    private record Entry(Row row, String idnumber, String parent, String key, String shortname, String text,
                         Map<String, String> meta) {
    }

    public static Framework read(String csv, CaseImport.Versions versions, Instant now, String userId) {
        return read(rows(csv), versions, now, userId);
    }

    /** Reads the file as it is uploaded (UTF-8), within {@link ImportLimits}. */
    public static Framework read(InputStream upload, CaseImport.Versions versions, Instant now, String userId) {
        return read(rows(new InputStreamReader(ImportLimits.bounded(upload), StandardCharsets.UTF_8)), versions, now, userId);
    }

    private static Framework read(List<Row> rows, CaseImport.Versions versions, Instant now, String userId) {
        if (rows.isEmpty()) {
            throw invalid(1, null, "Het bestand is leeg.", "The file is empty.");
        }
        if (rows.getFirst().fields().size() < IS_FRAMEWORK + 1) {
            throw invalid(1, null, "De eerste regel moet de kolommen van Moodle noemen: " + String.join(", ", COLUMNS) + ".",
                    "The first line must name Moodle's columns: " + String.join(", ", COLUMNS) + ".");
        }
        Row frameworkRow = null;
        var entries = new LinkedHashMap<String, Entry>();
        for (var row : rows.subList(1, rows.size())) {
            if (truthy(row.field(IS_FRAMEWORK))) {
                if (frameworkRow != null) {
                    throw invalid(row.line(), IS_FRAMEWORK, "er is al een regel met isframework = 1 (regel "
                            + frameworkRow.line() + ").", "there already is a row with isframework = 1 (line "
                            + frameworkRow.line() + ").");
                }
                frameworkRow = row;
            }
        }
        if (frameworkRow == null) {
            throw invalid(rows.size() > 1 ? rows.get(1).line() : 1, IS_FRAMEWORK,
                    "geen enkele regel is het raamwerk zelf (isframework = 1).", "no row is the framework itself (isframework = 1).");
        }
        var frameworkId = required(frameworkRow, IDNUMBER);
        var frameworkKey = uuidOr(frameworkId, "moodle:" + frameworkId);
        for (var row : rows.subList(1, rows.size())) {
            if (row == frameworkRow) {
                continue;
            }
            var idnumber = required(row, IDNUMBER);
            if (entries.containsKey(idnumber)) {
                throw invalid(row.line(), IDNUMBER, "idnumber " + idnumber + " staat ook op regel "
                        + entries.get(idnumber).row().line() + ".", "idnumber " + idnumber + " is also on line "
                        + entries.get(idnumber).row().line() + ".");
            }
            var shortname = required(row, SHORTNAME);
            var description = plain(row.field(DESCRIPTION), row.field(FORMAT));
            var meta = new HashMap<String, String>();
            var text = splitMeta(description, meta);
            entries.put(idnumber, new Entry(row, idnumber, row.field(PARENT).strip(),
                    uuidOr(idnumber, "moodle:" + frameworkId + ":" + idnumber), shortname, text, meta));
        }
        return build(frameworkRow, frameworkKey, entries, versions, now, userId);
    }

    private static Framework build(Row frameworkRow, String frameworkKey, Map<String, Entry> entries,
                                   CaseImport.Versions versions, Instant now, String userId) {
        var children = new LinkedHashMap<String, List<Entry>>();
        for (var entry : entries.values()) {
            if (!entry.parent().isEmpty() && !entries.containsKey(entry.parent())) {
                throw invalid(entry.row().line(), PARENT, "er is geen competentie met idnumber " + entry.parent() + ".",
                        "there is no competency with idnumber " + entry.parent() + ".");
            }
        }
        requireShallowTreeWithoutCircles(entries);
        for (var entry : entries.values()) {
            children.computeIfAbsent(entry.parent(), k -> new ArrayList<>()).add(entry);
        }
        var frameworkMeta = new HashMap<String, String>();
        var frameworkText = splitMeta(plain(frameworkRow.field(DESCRIPTION), frameworkRow.field(FORMAT)), frameworkMeta);
        var title = frameworkMeta.getOrDefault("Titel", required(frameworkRow, SHORTNAME));
        var framework = at(frameworkRow.line(), SHORTNAME, () -> new Framework(frameworkKey, versions.next(frameworkKey),
                title, frameworkText, null, scale(frameworkRow.field(SCALE)), FrameworkSource.MOODLE, now, userId));
        addChildren(framework, "", null, children, now);
        for (var entry : entries.values()) {
            for (var related : entry.row().field(RELATED).split(",")) {
                var other = entries.get(related.strip().replace("%2C", ","));
                if (other != null) {
                    var id = CaseJson.nameUuid("isRelatedTo:" + entry.key() + ":" + other.key());
                    framework.keepAssociation(entry.key(), other.key(), CaseJson.JSON.createObjectBuilder()
                            .add("identifier", id).add("associationType", "isRelatedTo")
                            .add("uri", "urn:uuid:" + id)
                            .add("originNodeURI", CaseJson.link(entry.shortname(), entry.key(), "urn:uuid:" + entry.key()))
                            .add("destinationNodeURI", CaseJson.link(other.shortname(), other.key(), "urn:uuid:" + other.key()))
                            .add("lastChangeDateTime", Framework.stamp(now)).build().toString());
                }
            }
        }
        return framework;
    }

    /** One group whose rows are being added, and how far. */
    private record Open(String groupKey, Iterator<Entry> next) {
    }

    /**
     * Adds the tree depth first, in the order of the file, with a stack of its own instead of recursion (the depth
     * is bounded by {@link #requireShallowTreeWithoutCircles}, the stack by nothing but the heap).
     */
    private static void addChildren(Framework framework, String top, String topGroupKey,
                                    Map<String, List<Entry>> children, Instant now) {
        var onlyLeavesBelow = new HashMap<String, Boolean>();
        var stack = new ArrayDeque<Open>();
        stack.push(new Open(topGroupKey, children.getOrDefault(top, List.of()).iterator()));
        while (!stack.isEmpty()) {
            var open = stack.peek();
            if (!open.next().hasNext()) {
                stack.pop();
                continue;
            }
            var entry = open.next().next();
            var groupKey = open.groupKey();
            var line = entry.row().line();
            switch (kind(entry, children, onlyLeavesBelow)) {
                case GROUP -> {
                    at(line, SHORTNAME, () -> framework.addGroup(groupKey, code(entry), title(entry),
                            CaseOrigin.withKey(entry.key()), now));
                    stack.push(new Open(entry.key(), children.getOrDefault(entry.idnumber(), List.of()).iterator()));
                }
                case COMPETENCY -> {
                    var competency = at(line, SHORTNAME, () -> framework.addCompetency(groupKey, code(entry), title(entry),
                            entry.text(), CaseOrigin.withKey(entry.key()), now));
                    for (var child : children.getOrDefault(entry.idnumber(), List.of())) {
                        var levels = at(child.row().line(), DESCRIPTION, () -> new LevelTexts(child.meta().get("Niveau A"),
                                child.meta().get("Niveau B"), child.meta().get("Niveau C")));
                        at(child.row().line(), DESCRIPTION, () -> framework.addIndicator(competency.id(), code(child),
                                child.text() != null ? child.text() : title(child), levels, CaseOrigin.withKey(child.key()), now));
                    }
                }
                case INDICATOR -> throw new IllegalStateException("an indicator is added with its competency");
            }
        }
    }

    /**
     * The same rule as for CASE packages: a leaf whose siblings are all leaves is an indicator; any other leaf,
     * or a row with only leaves below it, is a competency; a row with deeper rows below it is a group.
     */
    private static Kind kind(Entry entry, Map<String, List<Entry>> children, Map<String, Boolean> onlyLeavesBelow) {
        var below = children.getOrDefault(entry.idnumber(), List.of());
        if (below.isEmpty()) {
            return !entry.parent().isEmpty() && onlyLeavesBelow.computeIfAbsent(entry.parent(),
                    p -> children.get(p).stream().allMatch(s -> !children.containsKey(s.idnumber())))
                    ? Kind.INDICATOR : Kind.COMPETENCY;
        }
        return onlyLeavesBelow.computeIfAbsent(entry.idnumber(),
                p -> below.stream().allMatch(c -> !children.containsKey(c.idnumber()))) ? Kind.COMPETENCY : Kind.GROUP;
    }

    /**
     * No row ends up below itself, and none lies deeper than {@link Framework#MAX_DEPTH} levels, in linear time
     * ({@link TreeDepths}). A circle is reported on the first row, in file order, that leads into it; a row too deep
     * likewise.
     */
    private static void requireShallowTreeWithoutCircles(Map<String, Entry> entries) {
        var found = TreeDepths.of(entries.values(), e -> e.parent().isEmpty() ? null : entries.get(e.parent()),
                Framework.MAX_DEPTH);
        if (found.circle() != null) {
            throw invalid(found.circle().row().line(), PARENT, "deze competentie valt (via andere) onder zichzelf.",
                    "this competency ends up (through others) below itself.");
        }
        if (found.tooDeep() != null) {
            throw invalid(found.tooDeep().row().line(), PARENT, "deze competentie ligt te diep in de boom: een raamwerk "
                    + "heeft hoogstens " + Framework.MAX_DEPTH + " lagen.", "this competency is too deep in the tree: a "
                    + "framework has at most " + Framework.MAX_DEPTH + " levels.");
        }
    }

    private static String title(Entry entry) {
        return entry.meta().getOrDefault("Titel", entry.shortname());
    }

    /** The code from the description, or Moodle's own idnumber when that is a readable code rather than a key. */
    private static String code(Entry entry) {
        if (entry.meta().containsKey("Code")) {
            return entry.meta().get("Code");
        }
        return UUID_FORM.matcher(entry.idnumber()).matches() ? null : CaseJson.clip(entry.idnumber(), 200);
    }

    /** Five scale values become the scale labels; Moodle scales of another length get Groeipad's default scale. */
    private static ScaleLabels scale(String values) {
        var labels = Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (labels.size() != 5) {
            return ScaleLabels.DEFAULT;
        }
        try {
            return new ScaleLabels(labels);
        } catch (InvalidField unfit) {
            return ScaleLabels.DEFAULT;
        }
    }

    private static String splitMeta(String description, Map<String, String> meta) {
        if (description == null) {
            return null;
        }
        var lines = new ArrayList<>(List.of(description.split("\\R", -1)));
        while (!lines.isEmpty()) {
            var last = lines.getLast().strip();
            var matcher = META.matcher(last);
            if (last.isEmpty()) {
                lines.removeLast();
            } else if (matcher.matches()) {
                var name = matcher.group(1).replace("Level", "Niveau").replace("Title", "Titel");
                meta.putIfAbsent(name, matcher.group(2).strip().isEmpty() ? null : matcher.group(2).strip());
                lines.removeLast();
            } else {
                break;
            }
        }
        var text = String.join("\n", lines).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * Moodle's HTML descriptions become plain text: jsoup reads the HTML as a browser would (entities, comments,
     * scripts and styles included); line breaks and the ends of paragraphs and other blocks stay as line breaks,
     * every other tag goes, and white space inside the text collapses as a browser shows it.
     */
    static String plain(String description, String format) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (!HTML.equals(format.strip()) && !description.contains("</")) {
            return description;
        }
        var text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if ("br".equals(node.nodeName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && depth > 0) {
                    text.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(description).body());
        return text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static boolean truthy(String value) {
        var v = value.strip();
        return !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
    }

    private static String required(Row row, int column) {
        var value = row.field(column).strip();
        if (value.isEmpty()) {
            throw invalid(row.line(), column, "de kolom " + COLUMNS[column] + " is leeg.",
                    "the column " + COLUMNS[column] + " is empty.");
        }
        return value;
    }

    private static String uuidOr(String idnumber, String name) {
        return UUID_FORM.matcher(idnumber).matches() ? idnumber : CaseJson.nameUuid(name);
    }

    private static <T> T at(int line, int column, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidField e) {
            var named = "identifier".equals(e.field()) || "key".equals(e.field()) ? IDNUMBER : column;
            throw new InvalidField("lines[" + line + "]." + COLUMNS[named], new Text(
                    "Regel " + line + ", " + COLUMNS[named] + ": " + e.text().nl(),
                    "Line " + line + ", " + COLUMNS[named] + ": " + e.text().en()));
        }
    }

    private static InvalidField invalid(int line, Integer column, String nl, String en) {
        var field = column == null ? "lines[" + line + "]" : "lines[" + line + "]." + COLUMNS[column];
        return new InvalidField(field, new Text(
                "Regel " + line + (column == null ? ": " : ", " + COLUMNS[column] + ": ") + nl,
                "Line " + line + (column == null ? ": " : ", " + COLUMNS[column] + ": ") + en));
    }

    /** The records of the file with the line each starts on; empty lines are skipped. */
    static List<Row> rows(String text) {
        return rows(new StringReader(text == null ? "" : text));
    }

    /**
     * The records as they are read, at most {@link ImportLimits#MAX_ITEMS} besides the header and the framework row
     * (413 beyond). The separator is the one the first line uses (that line is looked at first, up to 64 KiB).
     */
    static List<Row> rows(Reader text) {
        var source = new BufferedReader(text, FIRST_LINE_MAX);
        var format = CSVFormat.RFC4180.builder().setDelimiter(separator(firstLine(source))).setIgnoreEmptyLines(false).get();
        var rows = new ArrayList<Row>();
        try (var parser = format.parse(source)) {
            var records = parser.iterator();
            while (true) {
                var line = (int) parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    var record = records.next();
                    if (record.size() > 1 || !record.get(0).isBlank()) {
                        if (rows.size() >= ImportLimits.MAX_ITEMS + 2) {
                            throw ImportLimits.tooMany("regels", "lines", ImportLimits.MAX_ITEMS + 2);
                        }
                        rows.add(new Row(line, record.stream().map(MoodleCsvImport::unneutralised).toList()));
                    }
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    throw invalid(line, null, "een aanhalingsteken (\") wordt niet goed gesloten.",
                            "a double quote (\") is not closed properly.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the upload broke off
        }
        return rows;
    }

    /** A cell our export guarded against formula injection ({@link MoodleCsvExport#cell}) reads as it was. */
    private static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && MoodleCsvExport.startsAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static final int FIRST_LINE_MAX = 64 * 1024;

    /** The first line (without reading it away), after skipping a byte order mark. */
    private static String firstLine(BufferedReader source) {
        try {
            source.mark(FIRST_LINE_MAX);
            var first = new StringBuilder();
            for (int c = source.read(); c >= 0 && c != '\n' && first.length() < FIRST_LINE_MAX - 1; c = source.read()) {
                first.append((char) c);
            }
            source.reset();
            if (first.length() > 0 && first.charAt(0) == '\uFEFF') {
                source.skip(1);
            }
            return first.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char separator(String first) {
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf(';') >= 0) {
            return ';';
        }
        return first.indexOf('\t') >= 0 ? '\t' : ',';
    }
}
