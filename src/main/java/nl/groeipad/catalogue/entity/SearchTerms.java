package nl.groeipad.catalogue.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How catalogue material is found in Dutch: the words of an item (title, description, competency) and of a search
 * are analysed the same way with Apache Lucene's analysis chain — split into words, lower case, accents folded
 * ("één" = "een"), Dutch stop words left out, <b>compounds split into their parts</b> by a word list of our own
 * ({@code compound-words.txt}: "ziekmelden" also gives "ziek" and "melden"), and each word and part reduced to its
 * Dutch stem (Snowball: "melden", "meldt" and "meld" are all "meld"). Besides the stems, every word of five or more
 * letters gets a <b>phonetic key</b> (Kölner Phonetik from Apache Commons Codec: vowels, doubled letters and
 * sound-alike consonants such as d/t, f/v, s/z, g/k fold together), which lets a search with a typo ("ziekmleden",
 * "colega", "magazein") find the word.
 *
 * <p>The result is stored with the item, in the column {@code search_terms}, as space-separated terms (keys start
 * with {@code #}), written with the item, so a search never analyses items. Organisations' catalogues are searched
 * by an in-memory Lucene index built from these stored terms ({@code catalogue.control.CatalogueIndex}: a term
 * starting with the word's stem, or all its compound parts, or its phonetic key or a term one edit away); the global
 * shared list asks the database per word {@code search_terms LIKE '% stem%'}, or all parts, or the key.
 */
public final class SearchTerms {

    /** The version of the analysis: stored terms made by an older one are renewed once per organisation at start. */
    public static final String ANALYSIS_VERSION = "catalogue-search-terms-v1";
    public static final char KEY_MARK = '#';
    static final int MIN_PHONETIC_LENGTH = 5;
    static final int MIN_KEY_LENGTH = 3;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}+");
    private static final Pattern NOT_ASCII = Pattern.compile("[^\\p{ASCII}]");
    private static final CharArraySet COMPOUND_WORDS = loadWords();
    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final ColognePhonetic PHONETIC = new ColognePhonetic();

    /** Words, folded; no stop words, no stemming: the words a person typed. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** One word to stems: the word's own stem first, then the stems of its compound parts (same position). */
    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new DictionaryCompoundWordTokenFilter(stream, COMPOUND_WORDS, 6, 3, 15, false);
            stream = new SnowballFilter(stream, new DutchStemmer());
            return new TokenStreamComponents(source, stream);
        }
    };

    /**
     * What one word of a search matches: a term starting with {@code stem}, or all its compound {@code parts}
     * (stems; empty when the word is no compound of the word list), or the phonetic {@code key} (null for short
     * words).
     */
    public record Word(String stem, List<String> parts, String key) {
        public Word {
            Objects.requireNonNull(stem);
            parts = List.copyOf(parts);
        }
    }

    private SearchTerms() {
    }

    /**
     * The terms to store for these texts, in their order (put the most important text first: a long text is cut at
     * {@code max}): " stem part #key … ", a space around every term, each term once.
     */
    public static String of(int max, String... texts) {
        var terms = new LinkedHashSet<String>();
        for (var text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (var word : words(text)) {
                var analysed = analyse(word);
                if (analysed != null) {
                    terms.add(analysed.stem());
                    terms.addAll(analysed.parts());
                    if (analysed.key() != null) {
                        terms.add(analysed.key());
                    }
                }
            }
        }
        var out = new StringBuilder(" ");
        for (var term : terms) {
            if (!ASCII.matcher(term).matches() || term.indexOf('?') >= 0) {
                continue; // words of other scripts stay out of the ASCII column (see V22)
            }
            if (out.length() + term.length() + 1 > max) {
                break;
            }
            out.append(term).append(' ');
        }
        return out.toString();
    }

    /**
     * The words of a search, analysed: at most {@link SearchText#MAX_WORDS}, duplicates and stop words left out
     * (unless the search has nothing else: "de" still looks for "de").
     */
    public static List<Word> query(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var result = new ArrayList<Word>();
        var raw = words(text);
        for (var word : raw) {
            var analysed = analyseSearchWord(word);
            if (analysed != null && result.stream().noneMatch(w -> w.stem().equals(analysed.stem()))) {
                result.add(analysed);
            }
        }
        if (result.isEmpty()) {
            raw.stream().distinct().forEach(word -> result.add(new Word(word, List.of(), null)));
        }
        return result.stream().limit(SearchText.MAX_WORDS).toList();
    }

    /** The folded words of a text, as typed (letters and digits), in order. */
    static List<String> words(String text) {
        return tokens(WORDS, text);
    }

    /** One folded word: its stem, its parts' stems and its phonetic key; null for a stop word. */
    static Word analyse(String word) {
        var stems = tokens(STEMS, word);
        if (stems.isEmpty()) {
            return null;
        }
        var stem = ascii(stems.getFirst());
        var parts = stems.subList(1, stems.size()).stream().map(SearchTerms::ascii).filter(p -> !p.equals(stem))
                .distinct().toList();
        return new Word(stem, parts, key(word));
    }

    /**
     * One word of a search: as {@link #analyse}, but its parts only when they make up the whole word (a split of
     * the word into words of the list, with an optional linking "s", "e" or "en" between them): "ziekmelden" →
     * ziek + meld, while "veiligheidsronde" (no "ronde" in the list) or the typo "ziekmleden" has no parts, so
     * "veilig" alone does not stand in for it.
     */
    static Word analyseSearchWord(String word) {
        var analysed = analyse(word);
        if (analysed == null || analysed.parts().isEmpty()) {
            return analysed;
        }
        var split = split(word, 0);
        if (split == null || split.size() < 2) {
            return new Word(analysed.stem(), List.of(), analysed.key());
        }
        var parts = split.stream().map(part -> tokens(STEMS, part)).filter(t -> !t.isEmpty())
                .map(t -> ascii(t.getFirst())).distinct().toList();
        return new Word(analysed.stem(), parts, analysed.key());
    }

    /** The word from {@code from} on as words of the list (linking letters skipped), or null when it is none. */
    private static List<String> split(String word, int from) {
        if (from == word.length()) {
            return List.of();
        }
        for (int end = word.length(); end >= from + 3; end--) {
            if (!COMPOUND_WORDS.contains(word.substring(from, end))) {
                continue;
            }
            var part = word.substring(from, end);
            for (var link : new String[] {"", "s", "e", "en"}) {
                if (end == word.length() && !link.isEmpty()) {
                    continue;
                }
                if (word.startsWith(link, end)) {
                    var rest = split(word, end + link.length());
                    if (rest != null) {
                        var all = new ArrayList<String>(rest.size() + 1);
                        all.add(part);
                        all.addAll(rest);
                        return all;
                    }
                }
            }
        }
        return null;
    }

    /** Letters of other scripts become '?', which no stored term has: such a word finds nothing, without an error. */
    static String ascii(String term) {
        return NOT_ASCII.matcher(term).replaceAll("?");
    }

    /** The phonetic key of a word of at least five letters, e.g. "#846526" for "ziekmelden" and "ziekmleden". */
    static String key(String word) {
        if (word.length() < MIN_PHONETIC_LENGTH || !LETTERS.matcher(word).matches()) {
            return null;
        }
        var code = PHONETIC.colognePhonetic(word);
        return code == null || code.length() < MIN_KEY_LENGTH ? null : KEY_MARK + code;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        var out = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static CharArraySet loadWords() {
        var set = new CharArraySet(512, true);
        try (var in = SearchTerms.class.getResourceAsStream("compound-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("compound-words.txt missing");
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var line : text.split("\\R")) {
                var word = line.strip();
                if (!word.isEmpty() && !word.startsWith("//")) {
                    set.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
