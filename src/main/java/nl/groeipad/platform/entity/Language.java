package nl.groeipad.platform.entity;

import java.util.List;
import java.util.Locale;

/**
 * The languages Groeipad speaks to people: Dutch (B1, the default) and English. One rule everywhere: the first of
 * them a person asks for, else Dutch.
 */
public enum Language {
    NL("nl", Locale.forLanguageTag("nl")),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** {@code en}, {@code en-GB}, {@code EN_us} → English; anything else (null included) → Dutch. */
    public static Language of(String tag) {
        if (tag == null) {
            return NL;
        }
        var primary = tag.strip().split("[-_]", 2)[0];
        return "en".equalsIgnoreCase(primary) ? EN : NL;
    }

    /**
     * The first supported language in the order a person prefers them (an HTTP {@code Accept-Language} list, best
     * first), else {@code otherwise}.
     */
    public static Language preferred(List<Locale> preference, Language otherwise) {
        for (var locale : preference) {
            var language = locale.getLanguage();
            if ("nl".equalsIgnoreCase(language)) {
                return NL;
            }
            if ("en".equalsIgnoreCase(language)) {
                return EN;
            }
        }
        return otherwise;
    }

    /** The ISO 639-1 code, as in session tokens and {@code <html lang>}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }
}
