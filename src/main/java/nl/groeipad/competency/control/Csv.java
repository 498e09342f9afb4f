package nl.groeipad.competency.control;

import java.util.ArrayList;
import java.util.List;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * Comma-separated values as RFC 4180 writes them (fields in double quotes when they hold a separator, a quote
 * or a line break; a quote inside is doubled), read back with the line each record starts on, so an error
 * can name it. Reads comma, semicolon or tab as separator (what the first line uses).
 */
final class Csv {

    /** One record and the line of the file it starts on (1 = the first line). */
    record Row(int line, List<String> fields) {
        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private Csv() {
    }

    static List<Row> read(String text) {
        var source = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        var separator = separator(source);
        var rows = new ArrayList<Row>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < source.length(); i++) {
            var c = source.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < source.length() && source.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidField("lines[" + rowLine + "]", new Text(
                    "Regel " + rowLine + ": een aanhalingsteken (\") wordt niet gesloten.",
                    "Line " + rowLine + ": a double quote (\") is never closed."));
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        if (fields.size() == 1 && fields.getFirst().isBlank()) {
            return; // an empty line
        }
        rows.add(new Row(line, List.copyOf(fields)));
    }

    private static char separator(String source) {
        var end = source.indexOf('\n');
        var first = end < 0 ? source : source.substring(0, end);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf(';') >= 0) {
            return ';';
        }
        return first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    static String write(List<List<String>> rows) {
        var out = new StringBuilder();
        for (var row : rows) {
            for (var i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(row.get(i) == null ? "" : row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        var needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
