package nl.groeipad.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Dutch analysis of catalogue search: compounds and their parts find each other, a typo still finds the word,
 * and the stored terms match the way {@code ItemQuery} asks the database (LIKE on " stem", " part ", " #key ").
 */
class SearchTermsTest {

    /** What the database answers for one item's stored terms: every word of the search matches (as ItemQuery). */
    private static boolean finds(String query, String... itemTexts) {
        var stored = SearchTerms.of(ItemContent.SEARCH_TERMS_MAX, itemTexts);
        var words = SearchTerms.query(query);
        assertThat(words).isNotEmpty();
        return words.stream().allMatch(word -> stored.contains(" " + word.stem())
                || (!word.parts().isEmpty() && word.parts().stream().allMatch(p -> stored.contains(" " + p + " ")))
                || (word.key() != null && stored.contains(" " + word.key() + " ")));
    }

    @Test
    void aCompoundFindsItsPartsAndThePartsFindTheCompound() {
        assertThat(finds("ziekmelden", "Hoe je je ziek melden doet")).isTrue();
        assertThat(finds("je ziek melden", "Ziekmelden bij je werkgever")).isTrue();
        assertThat(finds("ziek melden", "De ziekmelding: zo werkt het")).isTrue();
        assertThat(finds("werkplek", "Een veilige plek om te werken")).isTrue();
        assertThat(finds("veilig werken", "Veiligheidsinstructie in de werkplaats")).isTrue();
    }

    @Test
    void aWordWithATypoStillFindsIt() {
        assertThat(finds("ziekmleden", "Ziekmelden bij je werkgever")).isTrue();
        assertThat(finds("colega", "Een collega om hulp vragen")).isTrue();
        assertThat(finds("instrctie", "Lees de instructie")).isTrue();
        assertThat(finds("schoonmaakroster", "Het schoonmaakrooster invullen")).isTrue();
        assertThat(finds("magazein", "Veilig tillen in het magazijn")).isTrue();
    }

    @Test
    void formsOfAWordAndAccentsFindEachOther() {
        assertThat(finds("melden", "Hij meldt zich af")).isTrue();
        assertThat(finds("één gesprek", "Een gesprek met je begeleider")).isTrue();
        assertThat(finds("oefen", "Oefeningen voor de kantine")).isTrue();
    }

    @Test
    void unrelatedWordsDoNotMatch() {
        assertThat(finds("ziekmelden", "Veilig tillen in het magazijn")).isFalse();
        assertThat(finds("zzqqxx", "Veilig tillen in het magazijn")).isFalse();
        assertThat(finds("schoonmaakrooster", "Een collega om hulp vragen")).isFalse();
        assertThat(finds("ziek melden", "Ziek? Kijk je planning na")).isFalse();
        // a compound stands for its parts only when they make up the whole word
        assertThat(finds("veiligheidsronde", "Training: veilig werken, met aandacht voor veiligheid")).isFalse();
        assertThat(finds("ziekmleden", "Zo kun je je ziek melden")).isFalse();
        assertThat(SearchTerms.query("veiligheidsronde").getFirst().parts()).isEmpty();
        assertThat(SearchTerms.query("ziekmelden").getFirst().parts()).containsExactly("ziek", "meld");
        assertThat(SearchTerms.query("schoonmaakrooster").getFirst().parts()).containsExactly("schoonmak", "rooster");
        // Known limit: a consonant left out or of another sound group is not tolerated (the key changes).
        assertThat(finds("instuctie", "Lees de instructie")).isFalse();
    }

    @Test
    void storedTermsAreStemsPartsAndKeysEachOnceWithSpacesAround() {
        var stored = SearchTerms.of(100, "Ziekmelden", "ziekmelden en melden");
        assertThat(stored).startsWith(" ziekmeld ").contains(" ziek ").contains(" meld ").endsWith(" ");
        assertThat(stored.split(" ")).doesNotHaveDuplicates();
        assertThat(stored).doesNotContain(" en ");
        assertThat(stored).containsPattern(" #[0-9]+ ");
        assertThat(SearchTerms.of(12, "ziekmelden schoonmaakrooster collega")).hasSizeLessThanOrEqualTo(12);
        // the column is ASCII: words of other scripts are left out, and searching for them finds nothing
        assertThat(SearchTerms.of(100, "Привет collega")).matches("[ -~]*").contains(" collega ");
        assertThat(finds("привет", "Привет collega")).isFalse();
    }

    @Test
    void aSearchOfOnlyStopWordsStillLooksForThem() {
        assertThat(SearchTerms.query("de")).extracting(SearchTerms.Word::stem).isEqualTo(List.of("de"));
        assertThat(SearchTerms.query("   ")).isEmpty();
        assertThat(SearchTerms.query("een twee drie vier vijf zes zeven acht")).hasSizeLessThanOrEqualTo(SearchText.MAX_WORDS);
    }
}
