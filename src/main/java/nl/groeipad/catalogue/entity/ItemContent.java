package nl.groeipad.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * What a piece of learning material is about, as a coach describes it: title, description, kind, web
 * address, the competency and level(s) it trains, learning styles, duration and language. A value: it is
 * checked once, on construction, and replaced as a whole when an item is revised.
 *
 * <p>The same columns appear in an organisation's {@code catalogue_item} and in the global
 * {@code shared_catalogue_item} snapshot, so one search works on both. Besides what the coach wrote it keeps
 * two derived columns for fast, database-neutral search: {@code title_key} and {@code search_text}
 * (see {@link SearchText}), and {@code online}, which follows from the kind.
 *
 * <p>Competencies belong to another feature and are referred to by their stable {@code competency_key} only
 * (plus a title for display), never by a foreign key.
 */
@Embeddable
public class ItemContent {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int URL_MAX = 1000;
    public static final int COMPETENCY_TITLE_MAX = 300;
    public static final int DURATION_MAX_MINUTES = 6000;
    public static final int SEARCH_TEXT_MAX = 4800;
    public static final int SEARCH_TERMS_MAX = 3000;
    /** Instructions: at most this many short steps, each at most {@link #STEP_MAX} characters. */
    public static final int STEPS_MAX = 12;
    public static final int STEP_MAX = 300;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private String title;
    @Column(name = "title_key")
    private String titleKey;
    private String description;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private boolean online;
    private String url;
    @Column(name = "competency_key")
    private String competencyKey;
    @Column(name = "competency_title")
    private String competencyTitle;
    @Column(name = "level_a")
    private boolean levelA;
    @Column(name = "level_b")
    private boolean levelB;
    @Column(name = "level_c")
    private boolean levelC;
    @Column(name = "style_doing")
    private boolean styleDoing;
    @Column(name = "style_watching")
    private boolean styleWatching;
    @Column(name = "style_thinking")
    private boolean styleThinking;
    @Column(name = "style_feeling")
    private boolean styleFeeling;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    private String language;
    @Column(name = "search_text")
    private String searchText;
    /** The analysed terms search matches: Dutch stems, compound parts, phonetic keys ({@link SearchTerms}). */
    @Column(name = "search_terms")
    private String searchTerms;
    /** The instruction steps, one per line (see {@link #instructions()}); null when there are none. */
    private String instructions;

    protected ItemContent() {
        // for JPA
    }

    /**
     * @param title           1–200 characters
     * @param description     optional, at most 4000 characters
     * @param kind            required
     * @param url             optional; only for online kinds, and then an absolute https address
     * @param competency      optional: the competency (by key and/or title) the item trains
     * @param levels          the level(s) it trains; at least one when a competency is named
     * @param styles          learning styles, may be none
     * @param durationMinutes optional, 1–6000
     * @param language        ISO 639-1 code such as "nl" or "en"
     */
    public ItemContent(String title, String description, ItemKind kind, String url, CompetencyRef competency,
                       Levels levels, LearningStyles styles, Integer durationMinutes, String language) {
        this(title, description, kind, url, competency, levels, styles, durationMinutes, language, List.of());
    }

    /**
     * @param instructions what to do, as short steps in plain words (a participant reads them one by one, or
     *                     hears them read aloud): at most 12 steps of at most 300 characters; empty steps are left
     *                     out, none at all is fine
     */
    public ItemContent(String title, String description, ItemKind kind, String url, CompetencyRef competency,
                       Levels levels, LearningStyles styles, Integer durationMinutes, String language,
                       List<String> instructions) {
        this.title = requireTitle(title);
        this.titleKey = SearchText.normalise(this.title, TITLE_MAX);
        this.description = optionalText("description", description, DESCRIPTION_MAX);
        this.kind = require("kind", kind, new Text("Kies wat voor leermateriaal dit is.", "Choose the kind of material."));
        this.online = kind.online();
        this.url = checkUrl(kind, url);
        var ref = competency == null ? CompetencyRef.NONE : competency;
        this.competencyKey = ref.key();
        this.competencyTitle = ref.title();
        var lv = levels == null ? Levels.NONE : levels;
        if (ref.isNamed() && lv.isEmpty()) {
            throw new InvalidField("levels", new Text("Kies op welk niveau (A, B of C) dit leermateriaal past.",
                    "Choose the level (A, B or C) this material is for."));
        }
        this.levelA = lv.a();
        this.levelB = lv.b();
        this.levelC = lv.c();
        var st = styles == null ? LearningStyles.NONE : styles;
        this.styleDoing = st.has(LearningStyle.DOING);
        this.styleWatching = st.has(LearningStyle.WATCHING);
        this.styleThinking = st.has(LearningStyle.THINKING);
        this.styleFeeling = st.has(LearningStyle.FEELING);
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > DURATION_MAX_MINUTES)) {
            throw new InvalidField("durationMinutes", new Text("Vul een duur in van 1 tot 6000 minuten, of laat het leeg.",
                    "Enter a duration of 1 to 6000 minutes, or leave it empty."));
        }
        this.durationMinutes = durationMinutes;
        this.language = checkLanguage(language);
        this.instructions = checkInstructions(instructions);
        this.searchText = SearchText.normalise(String.join(" ", this.title,
                Objects.toString(this.description, ""), Objects.toString(this.competencyTitle, "")), SEARCH_TEXT_MAX);
        this.searchTerms = SearchTerms.of(SEARCH_TERMS_MAX, this.title, this.competencyTitle, this.description);
    }

    /** An equal, independent value, for another entity to hold (embedded values are never shared). */
    public ItemContent copy() {
        return new ItemContent(title, description, kind, url, competency(), levels(), learningStyles(),
                durationMinutes, language, instructions());
    }

    /** The same content with other instructions. */
    public ItemContent withInstructions(List<String> steps) {
        return new ItemContent(title, description, kind, url, competency(), levels(), learningStyles(),
                durationMinutes, language, steps);
    }

    /** One step per line: a step never holds a line break, so the lines give the steps back exactly. */
    private static String checkInstructions(List<String> steps) {
        if (steps == null) {
            return null;
        }
        var kept = new ArrayList<String>();
        for (var step : steps) {
            var text = step == null ? "" : step.replaceAll("\\s+", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > STEP_MAX) {
                throw new InvalidField("instructions", new Text(
                        "Stap " + (kept.size() + 1) + " is te lang: hoogstens " + STEP_MAX + " tekens.",
                        "Step " + (kept.size() + 1) + " is too long: at most " + STEP_MAX + " characters."));
            }
            kept.add(text);
        }
        if (kept.size() > STEPS_MAX) {
            throw new InvalidField("instructions", new Text("Hoogstens " + STEPS_MAX + " stappen: maak het korter.",
                    "At most " + STEPS_MAX + " steps: make it shorter."));
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    private static String requireTitle(String title) {
        var stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidField("title", new Text("Geef het leermateriaal een titel.", "Give the material a title."));
        }
        if (stripped.length() > TITLE_MAX) {
            throw new InvalidField("title", new Text("De titel is te lang: hoogstens 200 tekens.",
                    "The title is too long: at most 200 characters."));
        }
        return stripped;
    }

    static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidField(field, new Text("Deze tekst is te lang: hoogstens " + max + " tekens.",
                    "This text is too long: at most " + max + " characters."));
        }
        return stripped;
    }

    private static <T> T require(String field, T value, Text message) {
        if (value == null) {
            throw new InvalidField(field, message);
        }
        return value;
    }

    private static String checkUrl(ItemKind kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!kind.online()) {
            throw new InvalidField("url", new Text("Alleen online leermateriaal heeft een webadres.",
                    "Only online material has a web address."));
        }
        var trimmed = value.strip();
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw notHttps();
        }
        if (trimmed.length() > URL_MAX) {
            throw new InvalidField("url", new Text("Dit webadres is te lang.", "This web address is too long."));
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw notHttps();
        }
        return trimmed;
    }

    private static InvalidField notHttps() {
        return new InvalidField("url", new Text("Vul een webadres in dat begint met https://.",
                "Enter a web address that starts with https://."));
    }

    private static String checkLanguage(String value) {
        var code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw new InvalidField("language", new Text("Kies een taal, bijvoorbeeld nl (Nederlands) of en (Engels).",
                    "Choose a language, for example nl (Dutch) or en (English)."));
        }
        return code;
    }

    public String title() {
        return title;
    }

    public String titleKey() {
        return titleKey;
    }

    public String description() {
        return description;
    }

    public ItemKind kind() {
        return kind;
    }

    public boolean online() {
        return online;
    }

    public String url() {
        return url;
    }

    public CompetencyRef competency() {
        return competencyKey == null && competencyTitle == null ? CompetencyRef.NONE
                : new CompetencyRef(competencyKey, competencyTitle);
    }

    public Levels levels() {
        return new Levels(levelA, levelB, levelC);
    }

    public LearningStyles learningStyles() {
        var styles = EnumSet.noneOf(LearningStyle.class);
        if (styleDoing) {
            styles.add(LearningStyle.DOING);
        }
        if (styleWatching) {
            styles.add(LearningStyle.WATCHING);
        }
        if (styleThinking) {
            styles.add(LearningStyle.THINKING);
        }
        if (styleFeeling) {
            styles.add(LearningStyle.FEELING);
        }
        return new LearningStyles(styles);
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public String language() {
        return language;
    }

    public String searchText() {
        return searchText;
    }

    public String searchTerms() {
        return searchTerms;
    }

    /** What to do, step by step; empty when the coach wrote no steps. */
    public List<String> instructions() {
        return instructions == null ? List.of() : List.of(instructions.split("\n"));
    }
}
