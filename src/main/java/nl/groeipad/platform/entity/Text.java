package nl.groeipad.platform.entity;

import java.util.Locale;
import java.util.Objects;

/** A text a person may read, in Dutch (the default) and English. */
public record Text(String nl, String en) {

    public Text {
        Objects.requireNonNull(nl);
        Objects.requireNonNull(en);
    }

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    public String in(Locale locale) {
        return in(locale == null ? Language.NL : Language.of(locale.getLanguage()));
    }

    public String in(String language) {
        return in(Language.of(language));
    }

    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }
}
