package nl.groeipad.catalogue.control;

import java.util.List;
import java.util.Locale;
import nl.groeipad.catalogue.entity.CompetencyRef;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import nl.groeipad.catalogue.entity.LearningStyles;
import nl.groeipad.catalogue.entity.Levels;
import nl.groeipad.catalogue.entity.SearchTerms;
import nl.groeipad.catalogue.entity.SearchText;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * What a coach (or another feature) looks for in a catalogue: free text in title, description and competency,
 * filters that all must hold, an order and a page. Every filter is optional (null = any).
 *
 * @param text            free text; each word must occur, as itself, its compound parts or a sound-alike (typo)
 * @param competencyKey   the stable key of a competency
 * @param competencyTitle the exact competency title (for material not yet linked to a framework)
 * @param level           'A', 'B' or 'C': items that train this level
 * @param online          true = online only, false = offline only
 * @param sort            {@link Sort#RELEVANCE} puts title matches first; {@link Sort#TITLE} is alphabetical
 * @param offset          rows to skip, from 0
 * @param limit           page size, 1–100
 */
public record SearchCriteria(String text, String competencyKey, String competencyTitle, Character level, ItemKind kind,
                             Boolean online, LearningStyle style, String language, ItemSource source, Sort sort,
                             int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 1_000_000;

    public enum Sort {
        RELEVANCE, TITLE
    }

    public SearchCriteria {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw invalid("q", "Zoek met hoogstens 200 tekens.", "Search with at most 200 characters.");
        }
        competencyKey = blankToNull(competencyKey);
        competencyTitle = blankToNull(competencyTitle);
        if (competencyKey != null) {
            new CompetencyRef(competencyKey, null); // checks the key's form
        }
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? (text == null ? Sort.TITLE : Sort.RELEVANCE) : sort;
        if (offset < 0 || offset > MAX_OFFSET) {
            throw invalid("offset", "Begin bij 0 of hoger.", "Start at 0 or higher.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit", "Vraag 1 tot 100 resultaten tegelijk.", "Ask for 1 to 100 results at a time.");
        }
    }

    /** Everything, alphabetically, first page. */
    public static SearchCriteria everything() {
        return new SearchCriteria(null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    /**
     * From the query parameters of {@code GET /api/v1/catalogue/items}; each wrong value is refused naming its
     * parameter.
     */
    public static SearchCriteria parse(String q, String competency, String competencyTitle, String level, String kind,
                                       String place, String style, String language, String source, String sort,
                                       String offset, String limit) {
        return new SearchCriteria(q, competency, competencyTitle,
                level == null || level.isBlank() ? null : Levels.parseOne("level", level),
                kind == null || kind.isBlank() ? null : ItemKind.byCode(kind).orElseThrow(
                        () -> invalid("kind", "Dit soort leermateriaal kennen we niet.", "Unknown kind of material.")),
                parsePlace(place),
                style == null || style.isBlank() ? null : LearningStyle.byCode(style).orElseThrow(
                        () -> LearningStyles.invalid("style")),
                language,
                source == null || source.isBlank() ? null : ItemSource.byCode(source).orElseThrow(
                        () -> invalid("source", "Kies eigen, gedeelde kopie of externe site.",
                                "Choose own, shared copy or external site.")),
                parseSort(sort),
                number("offset", offset, 0),
                number("limit", limit, DEFAULT_LIMIT));
    }

    /** The words of the free text, analysed for search (stems, compound parts, phonetic keys). */
    public List<SearchTerms.Word> searchWords() {
        return SearchTerms.query(text);
    }

    /** The normalised words of the free text. */
    public List<String> words() {
        return SearchText.words(text);
    }

    public SearchCriteria page(int newOffset, int newLimit) {
        return new SearchCriteria(text, competencyKey, competencyTitle, level, kind, online, style, language, source,
                sort, newOffset, newLimit);
    }

    public SearchCriteria withText(String newText) {
        return new SearchCriteria(newText, competencyKey, competencyTitle, level, kind, online, style, language,
                source, null, offset, limit);
    }

    public SearchCriteria withKind(ItemKind newKind) {
        return new SearchCriteria(text, competencyKey, competencyTitle, level, newKind, online, style, language,
                source, sort, offset, limit);
    }

    public SearchCriteria withLevel(Character newLevel) {
        return new SearchCriteria(text, competencyKey, competencyTitle, newLevel, kind, online, style, language,
                source, sort, offset, limit);
    }

    public SearchCriteria withStyle(LearningStyle newStyle) {
        return new SearchCriteria(text, competencyKey, competencyTitle, level, kind, online, newStyle, language,
                source, sort, offset, limit);
    }

    public SearchCriteria withOnline(Boolean newOnline) {
        return new SearchCriteria(text, competencyKey, competencyTitle, level, kind, newOnline, style, language,
                source, sort, offset, limit);
    }

    public SearchCriteria withCompetency(String key, String title) {
        return new SearchCriteria(text, key, title, level, kind, online, style, language, source, sort, offset, limit);
    }

    public SearchCriteria withSource(ItemSource newSource) {
        return new SearchCriteria(text, competencyKey, competencyTitle, level, kind, online, style, language,
                newSource, sort, offset, limit);
    }

    private static int number(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, "Vul een heel getal in.", "Enter a whole number.");
        }
    }

    private static Boolean parsePlace(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        return switch (place.strip().toLowerCase(Locale.ROOT)) {
            case "online", "true" -> true;
            case "offline", "false" -> false;
            default -> throw invalid("place", "Kies online of offline.", "Choose online or offline.");
        };
    }

    private static Sort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> Sort.RELEVANCE;
            case "title" -> Sort.TITLE;
            default -> throw invalid("sort", "Sorteer op relevance of title.", "Sort by relevance or title.");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidField invalid(String field, String nl, String en) {
        return new InvalidField(field, new Text(nl, en));
    }
}
