package nl.groeipad.competency.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Moodle's competency framework CSV, the format of {@code tool_lpimportcsv} (see {@code docs/competency.md}):
 * written by {@link MoodleCsvExport}, read by {@link MoodleCsvImport}, both with Apache Commons CSV (RFC 4180).
 * Columns, by position: parentidnumber, idnumber, shortname, description, descriptionformat, scalevalues,
 * scaleconfiguration, ruletype, ruleoutcome, ruleconfig, relatedidnumbers, exportid, isframework, taxonomy. One row
 * (isframework = 1) is the framework with its scale; every other row is a competency in Moodle's tree.
 *
 * <p>Groups, competencies and indicators all become Moodle competencies (groups and competencies at the top
 * or in a group, indicators below their competency); the idnumber is the key. Moodle has no place for a code
 * or the A/B/C texts, so they go at the end of the plain-text description as lines "Code: …", "Niveau A: …",
 * "Niveau B: …", "Niveau C: …", and come back from there on import.
 */
final class MoodleCsv {

    static final List<String> HEADER = List.of("Parent id number", "Id number", "Shortname", "Description",
            "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
            "Rule outcome (optional)", "Rule config (optional)", "Cross referenced competency id numbers",
            "Exported id (optional)", "Is framework", "Taxonomy");
    static final String[] COLUMNS = {"parentidnumber", "idnumber", "shortname", "description", "descriptionformat",
            "scalevalues", "scaleconfiguration", "ruletype", "ruleoutcome", "ruleconfig", "relatedidnumbers", "exportid",
            "isframework", "taxonomy"};
    static final int PARENT = 0;
    static final int IDNUMBER = 1;
    static final int SHORTNAME = 2;
    static final int DESCRIPTION = 3;
    static final int FORMAT = 4;
    static final int SCALE = 5;
    static final int RELATED = 10;
    static final int IS_FRAMEWORK = 12;
    /** Moodle's FORMAT_PLAIN and FORMAT_HTML. */
    static final String PLAIN = "2";
    static final String HTML = "1";
    /** Moodle's shortname is at most 100 characters; a longer title travels as a "Titel:" line. */
    static final int SHORTNAME_MAX = 100;
    /** The lines at the end of a description that carry what Moodle has no column for. */
    static final Pattern META = Pattern.compile("^(Code|Titel|Title|Niveau [ABC]|Level [ABC]):\\s?(.*)$");
    static final Pattern UUID_FORM =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private MoodleCsv() {
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
