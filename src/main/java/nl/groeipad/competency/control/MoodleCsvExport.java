package nl.groeipad.competency.control;

import static nl.groeipad.competency.control.MoodleCsv.HEADER;
import static nl.groeipad.competency.control.MoodleCsv.PLAIN;
import static nl.groeipad.competency.control.MoodleCsv.SHORTNAME_MAX;
import static nl.groeipad.competency.control.MoodleCsv.oneLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.competency.entity.LevelTexts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A framework version as Moodle's competency framework CSV ({@link MoodleCsv}): the framework row with its scale,
 * then every group, competency and indicator as a Moodle competency, with code, long title and A/B/C texts as
 * lines at the end of the description. RFC 4180 (CRLF, quotes where needed) by Apache Commons CSV.
 */
public final class MoodleCsvExport {

    /** RFC 4180 as Moodle reads it: comma, double quotes where a value needs them, CRLF. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private MoodleCsvExport() {
    }

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
        return write(rows);
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

    private static String clip(String text) {
        return text == null ? "" : CaseJson.clip(oneLine(text), SHORTNAME_MAX);
    }

    /** The rows as CSV text. */
    static String write(List<List<String>> rows) {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            for (var row : rows) {
                printer.printRecord(row.stream().map(MoodleCsvExport::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * What one cell holds in the file; every value of the export passes here. A spreadsheet would run a cell that
     * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula (CSV
     * injection, e.g. {@code =HYPERLINK(...)} in a title), so such a cell gets a {@code '} in front, as OWASP
     * advises; {@link MoodleCsvImport} takes it off again.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return startsAFormula(value) ? "'" + value : value;
    }

    static boolean startsAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
