package nl.groeipad.catalogue.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import nl.groeipad.catalogue.entity.SearchTerms;
import nl.groeipad.catalogue.entity.SearchText;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Apache Lucene index of one organisation's catalogue: a cache of the database (which stays the
 * truth), built from the items' stored analysed terms ({@link SearchTerms}: Dutch stems, compound parts, phonetic
 * keys) and their filter columns. Lucene does the matching, the filters, the ranking, the order and the count; the
 * caller loads the page's items by id. Immutable once built, safe for any number of threads.
 *
 * <p>The matching rules, per word of a search (every word must match; {@link SearchTerms#query}):
 * <ul>
 *   <li>a term that <b>starts with the word's stem</b> ("meld" finds melden, meldt, afmelden's "meld"): {@link #WORD};</li>
 *   <li>or <b>all its compound parts</b> ("ziekmelden" finds "je ziek melden"): {@link #PARTS};</li>
 *   <li>or <b>a typo</b>: the same phonetic key (Kölner Phonetik), or a term one edit (a letter left out, added,
 *       changed, or two letters swapped) from the stem (stems under {@value #ONE_EDIT_FROM} letters, numbers and
 *       codes have none; the first letter must be right): {@link #SOUND_ALIKE};</li>
 * </ul>
 * each word counting once, by its best way of matching; a word found in the <b>title</b> (a term starting with its
 * stem, or all its parts) adds {@link #TITLE}. With relevance order the highest total comes first, then alphabetical by title (then id).
 */
public final class CatalogueIndex {

    static final float TITLE = 2f;
    static final float WORD = 1f;
    static final float PARTS = 0.5f;
    static final float SOUND_ALIKE = 0.25f;
    static final int ONE_EDIT_FROM = 5;
    static final int MAX_TYPO_LENGTH = 40;
    private static final int MAX_TYPO_EXPANSIONS = 50;
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[a-z]+");

    private static final String ID = "id";
    private static final String TITLE_KEY = "title_key";
    private static final String TERMS = "terms";
    private static final String TITLE_TERMS = "title_terms";
    private static final String KIND = "kind";
    private static final String COMPETENCY_KEY = "competency_key";
    private static final String COMPETENCY_TITLE = "competency_title";
    private static final String LEVEL = "level";
    private static final String ONLINE = "online";
    private static final String STYLE = "style";
    private static final String LANGUAGE = "language";
    private static final String SOURCE = "source";
    private static final FieldType TERMS_TYPE = termsType();
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(TITLE_KEY, SortField.Type.STRING), new SortField(ID, SortField.Type.STRING));
    private static final Sort BY_TITLE = new Sort(new SortField(TITLE_KEY, SortField.Type.STRING),
            new SortField(ID, SortField.Type.STRING));

    /**
     * What the index holds of one item: its id, title, stored analysed terms and the columns a search filters on.
     *
     * @param levels the levels it trains, e.g. "AB"
     * @param styles its learning styles
     */
    public record Entry(String id, String title, String titleKey, String searchTerms, ItemKind kind,
                        String competencyKey, String competencyTitle, String levels, boolean online,
                        List<LearningStyle> styles, String language, ItemSource source) {

        public Entry {
            styles = List.copyOf(styles);
        }

        public static Entry of(CatalogueItem item) {
            var c = item.content();
            var levels = (c.levels().a() ? "A" : "") + (c.levels().b() ? "B" : "") + (c.levels().c() ? "C" : "");
            var styles = java.util.Arrays.stream(LearningStyle.values()).filter(c.learningStyles()::has).toList();
            return new Entry(item.id(), c.title(), c.titleKey(), c.searchTerms(), c.kind(), c.competency().key(),
                    c.competency().title(), levels, c.online(), styles, c.language(), item.source());
        }
    }

    /** The ids of one page, in order, and how many items match in all. */
    public record Hits(List<String> ids, long total) {
        public Hits {
            ids = List.copyOf(ids);
        }
    }

    private final IndexSearcher searcher;
    private final int size;
    private final long bytes;
    private final Map<String, String> titleTerms;

    private CatalogueIndex(IndexSearcher searcher, int size, long bytes, Map<String, String> titleTerms) {
        this.searcher = searcher;
        this.size = size;
        this.bytes = bytes;
        this.titleTerms = titleTerms;
    }

    /** An index of these items. */
    public static CatalogueIndex of(Collection<Entry> entries) {
        return of(entries, null);
    }

    /**
     * An index of these items, reusing the analysed titles of {@code previous} (the index it replaces, may be null):
     * after a change only new and changed titles are analysed again.
     */
    public static CatalogueIndex of(Collection<Entry> entries, CatalogueIndex previous) {
        var known = previous == null ? Map.<String, String>of() : previous.titleTerms;
        var titleTerms = new HashMap<String, String>(entries.size() * 2);
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32).setCommitOnClose(true);
        try {
            try (var writer = new IndexWriter(directory, config)) {
                for (var entry : entries) {
                    var title = titleTerms.computeIfAbsent(entry.title(), t -> known.containsKey(t) ? known.get(t)
                            : SearchTerms.of(Integer.MAX_VALUE, t));
                    writer.addDocument(document(entry, title));
                }
            }
            var searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setQueryCache(null); // small and rebuilt on change: nothing worth caching between searches
            long bytes = 0;
            for (var file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return new CatalogueIndex(searcher, entries.size(), bytes, titleTerms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of items indexed. */
    public int size() {
        return size;
    }

    /** The memory the index takes, roughly. */
    public long bytes() {
        return bytes;
    }

    /** The page the criteria ask for (text, filters, order, offset, limit) and the total. */
    public Hits search(SearchCriteria criteria) {
        if (size == 0 || criteria.offset() >= size) {
            return new Hits(List.of(), size == 0 ? 0 : count(criteria));
        }
        int wanted = Math.min(criteria.offset() + criteria.limit(), size);
        var ranked = criteria.sort() == SearchCriteria.Sort.RELEVANCE && !criteria.searchWords().isEmpty();
        try {
            var manager = new TopFieldCollectorManager(ranked ? BY_RELEVANCE : BY_TITLE, wanted, null,
                    Integer.MAX_VALUE);
            var top = searcher.search(query(criteria), manager);
            var stored = searcher.storedFields();
            var ids = new ArrayList<String>();
            for (int i = criteria.offset(); i < top.scoreDocs.length; i++) {
                ids.add(stored.document(top.scoreDocs[i].doc).get(ID));
            }
            return new Hits(ids, top.totalHits.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(SearchCriteria criteria) {
        try {
            return searcher.count(query(criteria));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene query for the criteria: each word must match (see the class), every filter must hold. */
    static Query query(SearchCriteria criteria) {
        var query = new BooleanQuery.Builder();
        var words = criteria.searchWords();
        if (words.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (var word : words) {
            query.add(word(word), Occur.MUST);
            query.add(scored(inTitle(word), TITLE), Occur.SHOULD);
        }
        filter(query, KIND, criteria.kind() == null ? null : criteria.kind().name());
        filter(query, COMPETENCY_KEY, criteria.competencyKey());
        filter(query, COMPETENCY_TITLE, criteria.competencyTitle() == null ? null
                : SearchText.normalise(criteria.competencyTitle()));
        filter(query, LEVEL, criteria.level() == null ? null : String.valueOf(criteria.level()));
        filter(query, ONLINE, criteria.online() == null ? null : criteria.online().toString());
        filter(query, STYLE, criteria.style() == null ? null : criteria.style().name());
        filter(query, LANGUAGE, criteria.language());
        filter(query, SOURCE, criteria.source() == null ? null : criteria.source().name());
        return query.build();
    }

    /** One word of a search: its best way of matching (see the class). */
    static Query word(SearchTerms.Word word) {
        var ways = new ArrayList<Query>();
        ways.add(scored(new PrefixQuery(new Term(TERMS, word.stem())), WORD));
        if (!word.parts().isEmpty()) {
            ways.add(scored(allParts(TERMS, word.parts()), PARTS));
        }
        if (word.key() != null) {
            ways.add(scored(new TermQuery(new Term(TERMS, word.key())), SOUND_ALIKE));
        }
        int edits = edits(word.stem());
        if (edits > 0) {
            ways.add(scored(new FuzzyQuery(new Term(TERMS, word.stem()), edits, 1, MAX_TYPO_EXPANSIONS, true),
                    SOUND_ALIKE));
        }
        return new DisjunctionMaxQuery(ways, 0f);
    }

    /** The word in the title: a title term starting with its stem, or all its compound parts. */
    static Query inTitle(SearchTerms.Word word) {
        var ways = new BooleanQuery.Builder();
        ways.add(new PrefixQuery(new Term(TITLE_TERMS, word.stem())), Occur.SHOULD);
        if (!word.parts().isEmpty()) {
            ways.add(allParts(TITLE_TERMS, word.parts()), Occur.SHOULD);
        }
        return ways.build();
    }

    private static Query allParts(String field, List<String> parts) {
        var all = new BooleanQuery.Builder();
        parts.forEach(part -> all.add(new TermQuery(new Term(field, part)), Occur.MUST));
        return all.build();
    }

    /**
     * How many typing errors a stem may have: one; none for short words, numbers, codes, other scripts (letters a–z
     * only) and very long words.
     */
    static int edits(String stem) {
        if (stem.length() < ONE_EDIT_FROM || stem.length() > MAX_TYPO_LENGTH || !LETTERS.matcher(stem).matches()) {
            return 0;
        }
        return 1; // two edits cost far more per search (a larger automaton) and add more unrelated words
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static Document document(Entry entry, String titleTerms) {
        var doc = new Document();
        doc.add(new StoredField(ID, entry.id()));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        doc.add(new SortedDocValuesField(TITLE_KEY, new BytesRef(entry.titleKey())));
        doc.add(new Field(TERMS, entry.searchTerms(), TERMS_TYPE));
        doc.add(new Field(TITLE_TERMS, titleTerms, TERMS_TYPE));
        keyword(doc, KIND, entry.kind() == null ? null : entry.kind().name());
        keyword(doc, COMPETENCY_KEY, entry.competencyKey());
        keyword(doc, COMPETENCY_TITLE, entry.competencyTitle() == null ? null
                : SearchText.normalise(entry.competencyTitle()));
        entry.levels().chars().forEach(level -> keyword(doc, LEVEL, String.valueOf((char) level)));
        keyword(doc, ONLINE, Boolean.toString(entry.online()));
        entry.styles().forEach(style -> keyword(doc, STYLE, style.name()));
        keyword(doc, LANGUAGE, entry.language() == null ? null : entry.language().toLowerCase(Locale.ROOT));
        keyword(doc, SOURCE, entry.source() == null ? null : entry.source().name());
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    /** Analysed terms, split at spaces: which items have them, nothing more (no frequencies, positions, norms). */
    private static FieldType termsType() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
