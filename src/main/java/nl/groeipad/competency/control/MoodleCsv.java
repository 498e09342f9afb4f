package nl.groeipad.competency.control;

import jakarta.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Moodle's competency framework CSV, the format of {@code tool_lpimportcsv}, both ways (see
 * {@code docs/competency.md}). Columns, by position: parentidnumber, idnumber, shortname, description,
 * descriptionformat, scalevalues, scaleconfiguration, ruletype, ruleoutcome, ruleconfig, relatedidnumbers,
 * exportid, isframework, taxonomy. One row (isframework = 1) is the framework with its scale; every other row
 * is a competency in Moodle's tree.
 *
 * <p>Groups, competencies and indicators all become Moodle competencies (groups and competencies at the top
 * or in a group, indicators below their competency); the idnumber is the key. Moodle has no place for a code
 * or the A/B/C texts, so they go at the end of the plain-text description as lines "Code: …", "Niveau A: …",
 * "Niveau B: …", "Niveau C: …", and come back from there on import.
 */
public final class MoodleCsv {

    static final List<String> HEADER = List.of("Parent id number", "Id number", "Shortname", "Description",
            "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
            "Rule outcome (optional)", "Rule config (optional)", "Cross referenced competency id numbers",
            "Exported id (optional)", "Is framework", "Taxonomy");
    static final String[] COLUMNS = {"parentidnumber", "idnumber", "shortname", "description", "descriptionformat",
            "scalevalues", "scaleconfiguration", "ruletype", "ruleoutcome", "ruleconfig", "relatedidnumbers", "exportid",
            "isframework", "taxonomy"};
    private static final int PARENT = 0;
    private static final int IDNUMBER = 1;
    private static final int SHORTNAME = 2;
    private static final int DESCRIPTION = 3;
    private static final int FORMAT = 4;
    private static final int SCALE = 5;
    private static final int RELATED = 10;
    private static final int IS_FRAMEWORK = 12;
    /** Moodle's FORMAT_PLAIN and FORMAT_HTML. */
    private static final String PLAIN = "2";
    private static final String HTML = "1";
    private static final int SHORTNAME_MAX = 100;
    private static final Pattern META = Pattern.compile("^(Code|Titel|Title|Niveau [ABC]|Level [ABC]):\\s?(.*)$");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private MoodleCsv() {
    }

    // ---- export -----------------------------------------------------------------------------

    public static String export(Framework framework) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        rows.add(List.of("", framework.key(), clip(framework.title()), body(framework.description(), meta(null,
                        framework.title(), LevelTexts.none())), PLAIN, String.join(",", framework.scale().labels()),
                scaleConfiguration(), "", "", "", "", "", "1", taxonomy(framework)));
        var exportId = 0;
        var related = related(framework);
        for (var group : framework.groups()) {
            rows.add(row(group.parentKey(), group.key(), group.title(), body(null, meta(group.code(), group.title(),
                    LevelTexts.none())), related, ++exportId));
        }
        for (var competency : framework.competencies()) {
            rows.add(row(competency.groupKey(), competency.key(), competency.title(), body(competency.description(),
                    meta(competency.code(), competency.title(), LevelTexts.none())), related, ++exportId));
            for (var indicator : competency.indicators()) {
                rows.add(row(competency.key(), indicator.key(), indicator.description(), body(indicator.description(),
                        meta(indicator.code(), null, indicator.levels())), related, ++exportId));
            }
        }
        return Csv.write(rows);
    }

    private static List<String> row(String parentKey, String key, String name, String description,
                                    Map<String, List<String>> related, int exportId) {
        return List.of(parentKey == null ? "" : parentKey, key, clip(name), description, PLAIN, "", "", "", "0", "null",
                String.join(",", related.getOrDefault(key, List.of())), String.valueOf(exportId), "", "");
    }

    /** Moodle's scale configuration: 4 ("Zelfstandig" by default) is the default and proficient, so is 5. */
    private static String scaleConfiguration() {
        return "[{\"scaleid\":\"0\"},{\"id\":4,\"scaledefault\":1,\"proficient\":1},{\"id\":5,\"scaledefault\":0,\"proficient\":1}]";
    }

    /** Moodle's taxonomy per level of the tree: domain (groups), competency, indicator. */
    private static String taxonomy(Framework framework) {
        var perDepth = new LinkedHashMap<Integer, java.util.Set<String>>();
        for (var group : framework.groups()) {
            perDepth.computeIfAbsent(depth(framework, group.parentKey()), d -> new HashSet<>()).add("domain");
        }
        for (var competency : framework.competencies()) {
            var d = depth(framework, competency.groupKey());
            perDepth.computeIfAbsent(d, x -> new HashSet<>()).add("competency");
            if (!competency.indicators().isEmpty()) {
                perDepth.computeIfAbsent(d + 1, x -> new HashSet<>()).add("indicator");
            }
        }
        var levels = new ArrayList<String>();
        for (var d = 1; perDepth.containsKey(d); d++) {
            var kinds = perDepth.get(d);
            levels.add(kinds.size() == 1 ? kinds.iterator().next() : "competency");
        }
        return String.join(",", levels);
    }

    private static int depth(Framework framework, String groupKey) {
        var depth = 1;
        for (var at = groupKey; at != null; at = framework.groupByKey(at).orElseThrow().parentKey()) {
            depth++;
        }
        return depth;
    }

    /** isRelatedTo associations between nodes of the framework become Moodle's cross-referenced id numbers. */
    private static Map<String, List<String>> related(Framework framework) {
        var related = new HashMap<String, List<String>>();
        for (var association : framework.associations()) {
            var json = CaseJson.object(association.body());
            if ("isRelatedTo".equals(CaseJson.string(json, "associationType").orElse(""))) {
                related.computeIfAbsent(association.originKey(), k -> new ArrayList<>())
                        .add(association.destinationKey().replace(",", "%2C"));
            }
        }
        return related;
    }

    private static List<String> meta(String code, String fullTitle, LevelTexts levels) {
        var lines = new ArrayList<String>();
        if (code != null) {
            lines.add("Code: " + oneLine(code));
        }
        if (fullTitle != null && fullTitle.length() > SHORTNAME_MAX) {
            lines.add("Titel: " + oneLine(fullTitle));
        }
        for (var level : Level.values()) {
            if (levels.at(level) != null) {
                lines.add("Niveau " + level + ": " + oneLine(levels.at(level)));
            }
        }
        return lines;
    }

    private static String body(String text, List<String> meta) {
        var parts = new ArrayList<String>();
        if (text != null) {
            parts.add(text);
        }
        if (!meta.isEmpty()) {
            parts.add(String.join("\n", meta));
        }
        return String.join("\n\n", parts);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String clip(String text) {
        return text == null ? "" : CaseJson.clip(oneLine(text), SHORTNAME_MAX);
    }

    // ---- import -----------------------------------------------------------------------------

    private enum Kind { GROUP, COMPETENCY, INDICATOR }

    /** One competency row of the file, with what its description says besides its text. */
    private record Entry(Csv.Row row, String idnumber, String parent, String key, String shortname, String text,
                         Map<String, String> meta) {
    }

    public static Framework read(String csv, CaseImport.Versions versions, Instant now, String userId) {
        var rows = Csv.read(csv);
        if (rows.isEmpty()) {
            throw invalid(1, null, "Het bestand is leeg.", "The file is empty.");
        }
        if (rows.getFirst().fields().size() < IS_FRAMEWORK + 1) {
            throw invalid(1, null, "De eerste regel moet de kolommen van Moodle noemen: " + String.join(", ", COLUMNS) + ".",
                    "The first line must name Moodle's columns: " + String.join(", ", COLUMNS) + ".");
        }
        Csv.Row frameworkRow = null;
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

    private static Framework build(Csv.Row frameworkRow, String frameworkKey, Map<String, Entry> entries,
                                   CaseImport.Versions versions, Instant now, String userId) {
        var children = new LinkedHashMap<String, List<Entry>>();
        for (var entry : entries.values()) {
            if (!entry.parent().isEmpty() && !entries.containsKey(entry.parent())) {
                throw invalid(entry.row().line(), PARENT, "er is geen competentie met idnumber " + entry.parent() + ".",
                        "there is no competency with idnumber " + entry.parent() + ".");
            }
            requireNoCircle(entry, entries);
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
                    framework.keepAssociation(entry.key(), other.key(), Json.createObjectBuilder()
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

    private static void addChildren(Framework framework, String parent, String groupKey,
                                    Map<String, List<Entry>> children, Instant now) {
        for (var entry : children.getOrDefault(parent, List.of())) {
            var line = entry.row().line();
            switch (kind(entry, children)) {
                case GROUP -> {
                    at(line, SHORTNAME, () -> framework.addGroup(groupKey, code(entry), title(entry),
                            CaseOrigin.withKey(entry.key()), now));
                    addChildren(framework, entry.idnumber(), entry.key(), children, now);
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
    private static Kind kind(Entry entry, Map<String, List<Entry>> children) {
        var below = children.getOrDefault(entry.idnumber(), List.of());
        if (below.isEmpty()) {
            var siblings = children.get(entry.parent());
            return !entry.parent().isEmpty() && siblings.stream().allMatch(s -> !children.containsKey(s.idnumber()))
                    ? Kind.INDICATOR : Kind.COMPETENCY;
        }
        return below.stream().allMatch(c -> !children.containsKey(c.idnumber())) ? Kind.COMPETENCY : Kind.GROUP;
    }

    private static void requireNoCircle(Entry entry, Map<String, Entry> entries) {
        var seen = new HashSet<String>();
        for (var at = entry; at != null && !at.parent().isEmpty(); at = entries.get(at.parent())) {
            if (!seen.add(at.idnumber())) {
                throw invalid(entry.row().line(), PARENT, "deze competentie valt (via andere) onder zichzelf.",
                        "this competency ends up (through others) below itself.");
            }
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

    /** Moodle's HTML descriptions become plain text: paragraphs and line breaks stay, tags go. */
    static String plain(String description, String format) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (!HTML.equals(format.strip()) && !description.contains("</")) {
            return description;
        }
        var text = description.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static boolean truthy(String value) {
        var v = value.strip();
        return !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
    }

    private static String required(Csv.Row row, int column) {
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
}
