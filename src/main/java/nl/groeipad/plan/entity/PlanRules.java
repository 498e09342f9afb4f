package nl.groeipad.plan.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The input rules every part of a plan shares. Each rejection names the field of the API, so a form can
 * put the message next to it, and speaks Dutch (B1) and English.
 */
public final class PlanRules {

    public static final int TITLE_MAX = 200;
    public static final int REFERENCE_TITLE_MAX = 300;
    public static final int NOTE_MAX = 500;
    public static final int URL_MAX = 1000;
    public static final int ID_MAX = 36;

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PlanRules() {
    }

    static InvalidField invalid(String field, String nl, String en) {
        return new InvalidField(field, new Text(nl, en));
    }

    static Conflict rejected(String type, String nl, String en) {
        return new Conflict(type, new Text(nl, en));
    }

    /** A short plain title: required, stripped, at most {@code max} characters. */
    static String title(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "Vul dit in.", "Fill this in.");
        }
        return maxLength(field, value.strip(), max);
    }

    /** Optional text: null when blank, else stripped and at most {@code max} characters. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(field, value.strip(), max);
    }

    private static String maxLength(String field, String value, int max) {
        if (value.length() > max) {
            throw invalid(field, "Dit is te lang: gebruik hoogstens " + max + " tekens.",
                    "This is too long: use at most " + max + " characters.");
        }
        return value;
    }

    /** An optional link to learning material: an absolute http(s) address, so no script can hide in it. */
    static String webAddress(String field, String value) {
        var url = optional(field, value, URL_MAX);
        if (url == null) {
            return null;
        }
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // falls through to the rejection
        }
        throw invalid(field, "Vul een webadres in dat begint met https://.", "Enter a web address that starts with https://.");
    }

    static LocalDate required(String field, LocalDate value) {
        if (value == null) {
            throw invalid(field, "Kies een datum.", "Choose a date.");
        }
        return value;
    }

    /** The day of work already done: from {@code earliest} up to and including today. */
    static LocalDate doneDay(String field, LocalDate value, LocalDate earliest, LocalDate today) {
        required(field, value);
        if (value.isAfter(today)) {
            throw invalid(field, "Iets dat al gedaan is, heeft een datum van vandaag of eerder.",
                    "Something already done has a date of today or earlier.");
        }
        if (value.isBefore(earliest)) {
            throw invalid(field, "Kies een datum vanaf " + DUTCH.format(earliest) + ".",
                    "Choose a date from " + ENGLISH.format(earliest) + ".");
        }
        return value;
    }

    static LocalDate within(String field, LocalDate value, LocalDate from, LocalDate to) {
        required(field, value);
        if (value.isBefore(from) || value.isAfter(to)) {
            throw invalid(field, "Kies een datum binnen de looptijd van het plan: van " + DUTCH.format(from) + " tot en met "
                            + DUTCH.format(to) + ".",
                    "Choose a date within the plan's period: " + ENGLISH.format(from) + " to " + ENGLISH.format(to) + ".");
        }
        return value;
    }
}
