package nl.groeipad.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void textIsLowerCasedWithoutAccentsAndWithSingleSpaces() {
        assertThat(SearchText.normalise("  Één  Geïnteresseerde\tCOLLEGA ")).isEqualTo("een geinteresseerde collega");
        assertThat(SearchText.normalise(null)).isEmpty();
    }

    @Test
    void aQueryIsSplitIntoAtMostSixDistinctWords() {
        assertThat(SearchText.words("Veilig VEILIG werken")).containsExactly("veilig", "werken");
        assertThat(SearchText.words("a b c d e f g h")).hasSize(SearchText.MAX_WORDS);
        assertThat(SearchText.words("   ")).isEmpty();
    }

    @Test
    void normalisedTextIsClippedToTheColumn() {
        assertThat(SearchText.normalise("abcdef", 3)).isEqualTo("abc");
    }
}
