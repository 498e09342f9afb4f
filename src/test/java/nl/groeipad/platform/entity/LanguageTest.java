package nl.groeipad.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One rule for the language a person reads: the first of Dutch and English they ask for, else Dutch. */
class LanguageTest {

    @Test
    void aTagOrLocaleOfEnglishIsEnglishAndAnythingElseDutch() {
        assertThat(List.of("en", "en-US", "EN_gb", " en ")).allSatisfy(t -> assertThat(Language.of(t)).isEqualTo(Language.EN));
        assertThat(List.of("nl", "nl-BE", "de", "fy", "", "english")).allSatisfy(t -> assertThat(Language.of(t)).isEqualTo(Language.NL));
        assertThat(Language.of(null)).isEqualTo(Language.NL);
    }

    @Test
    void theFirstSupportedLanguageInOrderOfPreferenceWins() {
        assertThat(Language.preferred(locales("de", "en", "nl"), Language.NL)).isEqualTo(Language.EN);
        assertThat(Language.preferred(locales("nl", "en"), Language.NL)).isEqualTo(Language.NL);
        assertThat(Language.preferred(locales("en-GB", "nl"), Language.NL)).isEqualTo(Language.EN);
        assertThat(Language.preferred(locales("fr", "de"), Language.NL)).isEqualTo(Language.NL);
        assertThat(Language.preferred(List.of(), Language.EN)).isEqualTo(Language.EN);
    }

    @Test
    void textsAndSessionsFollowTheSameRule() {
        var text = Text.of("Hallo", "Hello");
        assertThat(text.in(Language.EN)).isEqualTo("Hello");
        assertThat(text.in("en-US")).isEqualTo("Hello");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Hallo");
        assertThat(new Session(TenantId.of("6f1c2a8e-3f53-4b43-9a52-2f0a1f1d2e3c"), "u", Role.PARTICIPANT, null, "en-AU",
                java.time.Instant.EPOCH).language()).isEqualTo("en");
    }

    private static List<Locale> locales(String... tags) {
        return java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
    }
}
