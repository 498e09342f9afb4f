package nl.groeipad.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every platform- or user-supplied string on a server-rendered page goes through {@link Html}. */
class HtmlTest {

    static final String SCRIPT_BREAKER = "</script><img src=x onerror=alert(document.cookie)>";

    @Test
    void escapesTheFiveHtmlSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void escapesAnAttemptToBreakOutOfAScript() {
        assertThat(Html.escape(SCRIPT_BREAKER))
                .isEqualTo("&lt;/script&gt;&lt;img src=x onerror=alert(document.cookie)&gt;")
                .doesNotContain("<", ">");
    }

    @Test
    void escapesAnAlreadyEscapedTextAgain() {
        assertThat(Html.escape("&lt;")).isEqualTo("&amp;lt;");
    }

    @Test
    void leavesPlainTextAndOtherCharactersAlone() {
        assertThat(Html.escape("Deelnemer Eén – café ✓")).isEqualTo("Deelnemer Eén – café ✓");
    }

    @Test
    void escapesNothingToEmptyText() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void writesAJavaScriptStringThatCannotCloseTheScriptElement() {
        assertThat(Html.jsString(SCRIPT_BREAKER))
                .isEqualTo("\"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(document.cookie)\\u003e\"")
                .doesNotContain("<", ">");
    }

    @Test
    void escapesQuotesAndBackslashes() {
        assertThat(Html.jsString("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }

    @Test
    void escapesAmpersandSoNoEntityCanFormInXhtml() {
        assertThat(Html.jsString("a&b")).isEqualTo("\"a\\u0026b\"");
    }

    @Test
    void escapesLineAndParagraphSeparatorsThatEndALineInOlderJavaScript() {
        assertThat(Html.jsString("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }

    @Test
    void escapesControlCharacters() {
        assertThat(Html.jsString("line\nnext\ttab\r\u0000")).isEqualTo("\"line\\u000anext\\u0009tab\\u000d\\u0000\"");
    }

    @Test
    void writesNullForNothing() {
        assertThat(Html.jsString(null)).isEqualTo("null");
    }

    /** JSON string syntax is a subset of JavaScript's, so a JSON parser proves the literal reads back the same. */
    @ParameterizedTest
    @ValueSource(strings = {SCRIPT_BREAKER, "a\u2028b\u2029c", "quote \" backslash \\ slash /", "line\nbreak\u0001",
            "{\"cmid\":2,\"launchid\":\"ltilaunch1_1335852180\"}", "Eén ✓ 😀", ""})
    void writesAStringLiteralThatReadsBackAsTheSameText(String text) throws ParseException {
        var parsed = JSONObjectUtils.parse("{\"value\":" + Html.jsString(text) + "}");

        assertThat(parsed.get("value")).isEqualTo(text);
    }

    @Test
    void rendersAPageWithAnEscapedTitleInTheRequestedLanguage() {
        var page = Html.page("en", SCRIPT_BREAKER, "<p>body</p>");

        assertThat(page).contains("<html lang=\"en\">")
                .contains("<title>" + Html.escape(SCRIPT_BREAKER) + " – Groeipad</title>")
                .contains("<p>body</p>")
                .doesNotContain("<title></script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de", "\"><script>", ""})
    void rendersAPageInDutchUnlessEnglishIsAskedFor(String language) {
        assertThat(Html.page(language, "Titel", "")).contains("<html lang=\"nl\">");
    }
}
