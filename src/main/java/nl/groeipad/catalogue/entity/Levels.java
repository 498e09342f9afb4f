package nl.groeipad.catalogue.entity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The WPO development levels an item trains: any of A, B and C (C meets the mbo-Entree standard).
 *
 * <p>This is the one place where the catalogue reads and writes levels. It is stored as three booleans
 * ({@code level_a}, {@code level_b}, {@code level_c}) so a filter on one level is a plain column test; the
 * API shows the letters ({@code ["A","C"]}). When the competency feature's value object
 * {@code competency.entity.Level} is available, {@link #parse} and {@link #letters} are the only methods
 * that need to map to it.
 */
public record Levels(boolean a, boolean b, boolean c) {

    public static final Levels NONE = new Levels(false, false, false);
    public static final Levels ALL = new Levels(true, true, true);

    /** Letters in any order and case, e.g. {@code ["a","C"]}; null means none. Anything else is refused. */
    public static Levels parse(Collection<String> letters) {
        if (letters == null) {
            return NONE;
        }
        boolean a = false, b = false, c = false;
        for (var letter : letters) {
            switch (letter == null ? "" : letter.strip().toUpperCase(Locale.ROOT)) {
                case "A" -> a = true;
                case "B" -> b = true;
                case "C" -> c = true;
                default -> throw invalid("levels");
            }
        }
        return new Levels(a, b, c);
    }

    /** A single level letter, as a search filter gives it. */
    public static char parseOne(String field, String letter) {
        Levels parsed;
        try {
            parsed = letter == null ? NONE : parse(List.of(letter));
        } catch (InvalidField e) {
            throw invalid(field);
        }
        if (parsed.count() != 1) {
            throw invalid(field);
        }
        return parsed.a() ? 'A' : parsed.b() ? 'B' : 'C';
    }

    /** Compact form, e.g. "AB"; empty for none. */
    public static Levels ofCode(String code) {
        return parse(code == null ? List.of() : code.chars().mapToObj(ch -> String.valueOf((char) ch)).toList());
    }

    public boolean contains(char level) {
        return switch (Character.toUpperCase(level)) {
            case 'A' -> a;
            case 'B' -> b;
            case 'C' -> c;
            default -> false;
        };
    }

    public boolean isEmpty() {
        return !a && !b && !c;
    }

    public int count() {
        return (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0);
    }

    /** The letters in order, e.g. {@code ["A","B"]}. */
    public List<String> letters() {
        var out = new java.util.ArrayList<String>(3);
        if (a) {
            out.add("A");
        }
        if (b) {
            out.add("B");
        }
        if (c) {
            out.add("C");
        }
        return List.copyOf(out);
    }

    public String code() {
        return String.join("", letters());
    }

    private static InvalidField invalid(String field) {
        return new InvalidField(field, new Text("Kies niveau A, B of C.", "Choose level A, B or C."));
    }
}
