package nl.groeipad.catalogue.entity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How texts are made searchable: lower case, without accents ("één" finds "een", "geïnteresseerd" finds
 * "geinteresseerd"), whitespace folded. Items store their title and text in this form (columns
 * {@code title_key} and {@code search_text}); queries normalise the search words the same way, so the
 * database only has to do a plain {@code LIKE}, the same on MariaDB, MySQL and H2.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    public static final int MAX_WORDS = 6;

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Normalised, clipped to a column's size. */
    public static String normalise(String text, int max) {
        var normal = normalise(text);
        return normal.length() <= max ? normal : normal.substring(0, max);
    }

    /** The words of a search query, normalised; at most {@link #MAX_WORDS}, duplicates removed. */
    public static List<String> words(String query) {
        var normal = normalise(query);
        if (normal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normal.split(" ")).filter(w -> !w.isBlank()).distinct().limit(MAX_WORDS).toList();
    }
}
