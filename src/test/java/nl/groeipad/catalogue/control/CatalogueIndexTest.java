package nl.groeipad.catalogue.control;

import static nl.groeipad.catalogue.entity.ContentBuilder.validContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.CompetencyRef;
import nl.groeipad.catalogue.entity.ContentBuilder;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import org.junit.jupiter.api.Test;

/**
 * The matching and ranking rules of catalogue search, on a real in-memory Lucene index: Dutch compounds and their
 * parts find each other, a typo still finds the word, every word must match, title hits rank first, filters hold,
 * and the page and total are exact.
 */
class CatalogueIndexTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** Items by title; the index of all of them. */
    private final Map<String, CatalogueItem> items = new LinkedHashMap<>();

    private CatalogueItem add(ContentBuilder content) {
        var item = CatalogueItem.create(content.build(), ItemSource.OWN, null, "coach", NOW);
        items.put(item.content().title(), item);
        return item;
    }

    private CatalogueItem add(String title, String description) {
        return add(validContent().title(title).description(description));
    }

    private CatalogueIndex index() {
        return CatalogueIndex.of(items.values().stream().map(CatalogueIndex.Entry::of).toList());
    }

    /** The titles a search with this text finds, in the order of the answer. */
    private List<String> titles(String text) {
        return titles(SearchCriteria.everything().withText(text).page(0, 100));
    }

    private List<String> titles(SearchCriteria criteria) {
        var byId = new LinkedHashMap<String, String>();
        items.values().forEach(item -> byId.put(item.id(), item.content().title()));
        return index().search(criteria).ids().stream().map(byId::get).toList();
    }

    @Test
    void aCompoundFindsItsPartsAndThePartsFindTheCompound() {
        add("Zo kun je je ziek melden", "Bel voor negen uur.");
        add("Ziekmelden bij je werkgever", "Wat zeg je aan de telefoon?");
        add("Veilig tillen in het magazijn", "Til met je benen.");

        assertThat(titles("ziekmelden")).containsExactlyInAnyOrder("Zo kun je je ziek melden",
                "Ziekmelden bij je werkgever");
        assertThat(titles("je ziek melden")).containsExactlyInAnyOrder("Zo kun je je ziek melden",
                "Ziekmelden bij je werkgever");
        assertThat(titles("schoonmaak rooster")).isEmpty();
    }

    @Test
    void aWordWithATypoStillFindsIt() {
        add("Ziekmelden bij je werkgever", "Wat zeg je aan de telefoon?");
        add("Een collega om hulp vragen", "Vraag het op tijd.");
        add("Lees de instructie", "Stap voor stap.");
        add("Het schoonmaakrooster invullen", "Elke vrijdag.");
        add("Veilig tillen in het magazijn", "Til met je benen.");

        assertThat(titles("ziekmleden")).containsExactly("Ziekmelden bij je werkgever");
        assertThat(titles("colega")).containsExactly("Een collega om hulp vragen");
        assertThat(titles("magazein")).containsExactly("Veilig tillen in het magazijn");
        assertThat(titles("schoonmaakroster")).containsExactly("Het schoonmaakrooster invullen");
        // a consonant of another sound group left out: no phonetic key in common, but one edit away
        assertThat(titles("instuctie")).containsExactly("Lees de instructie");
    }

    @Test
    void everyWordMustMatchAndUnrelatedWordsFindNothing() {
        add("Veilig tillen in het magazijn", "Til met je benen.");
        add("Veilig werken in de keuken", "Messen en hitte.");

        assertThat(titles("veilig tillen")).containsExactly("Veilig tillen in het magazijn");
        assertThat(titles("zzqqxx")).isEmpty();
        assertThat(titles("veilig zzqqxx")).isEmpty();
        assertThat(index().search(SearchCriteria.everything().withText("zzqqxx")).total()).isZero();
    }

    @Test
    void formsOfAWordAndAccentsFindEachOther() {
        add("Hij meldt zich af", "Bij de leidinggevende.");
        add("Een gesprek met je begeleider", "Over je doelen.");

        assertThat(titles("melden")).containsExactly("Hij meldt zich af");
        assertThat(titles("GESPRÉK")).containsExactly("Een gesprek met je begeleider");
    }

    @Test
    void titleHitsComeFirstThenTheWordItselfThenPartsAndTyposThenAlphabetical() {
        add("Bel je begeleider", "Als je je ziek wilt melden, bel dan voor negen uur."); // parts, not in the title
        add("Afspraken op het werk", "Over ziekmelden en verlof."); // the word itself, not in the title
        add("Ziekmelden bij je werkgever", "Wat zeg je aan de telefoon?"); // in the title
        add("Zo meld je je ziek", "Stap voor stap."); // parts, in the title
        add("Brieven", "Een ziekmleding schrijven."); // a typo in the item: one edit away

        assertThat(titles("ziekmelden")).containsExactly(
                "Ziekmelden bij je werkgever", // title 2 + word 1
                "Zo meld je je ziek",          // title 2 + parts 0.5
                "Afspraken op het werk",       // word 1
                "Bel je begeleider",           // parts 0.5
                "Brieven");                    // sound-alike 0.25
    }

    @Test
    void equalHitsAreAlphabeticalAndTitleOrderIgnoresRelevance() {
        add("Collega's helpen", "Samen werken.");
        add("Afspraken met een collega", "Samen werken.");
        add("Bespreek het", "Met een collega.");

        assertThat(titles("collega")).containsExactly("Afspraken met een collega", "Collega's helpen", "Bespreek het");
        var byTitle = new SearchCriteria("collega", null, null, null, null, null, null, null, null,
                SearchCriteria.Sort.TITLE, 0, 20);
        assertThat(titles(byTitle)).containsExactly("Afspraken met een collega", "Bespreek het", "Collega's helpen");
    }

    @Test
    void filtersHoldTogetherWithTheText() {
        add(validContent().title("Veilig werken: de film").online().kind(ItemKind.VIDEO).url("https://example.org/v")
                .competency(CompetencyRef.titled("Kijken en leren")).levels("B").styles(LearningStyle.WATCHING)
                .language("en"));
        add(validContent().title("Veilig werken op de vloer").levels("A").styles(LearningStyle.DOING)
                .competency(CompetencyRef.titled("Veilig werken")));
        add(validContent().title("Veilig werken met collega's").levels("AC").styles(LearningStyle.FEELING)
                .competency(CompetencyRef.titled("Samenwerken")));

        var veilig = SearchCriteria.everything().withText("veilig");
        assertThat(titles(veilig.withKind(ItemKind.VIDEO))).containsExactly("Veilig werken: de film");
        assertThat(titles(veilig.withOnline(false))).containsExactlyInAnyOrder("Veilig werken op de vloer",
                "Veilig werken met collega's");
        assertThat(titles(veilig.withLevel('C'))).containsExactly("Veilig werken met collega's");
        assertThat(titles(veilig.withStyle(LearningStyle.DOING))).containsExactly("Veilig werken op de vloer");
        assertThat(titles(veilig.withCompetency(null, "veilig WERKEN"))).containsExactly("Veilig werken op de vloer");
        assertThat(titles(veilig.withSource(ItemSource.EXTERNAL))).isEmpty();
        var english = new SearchCriteria("veilig", null, null, null, null, null, null, "EN", null, null, 0, 20);
        assertThat(titles(english)).containsExactly("Veilig werken: de film");
    }

    @Test
    void thePageAndTheTotalAreExactAlsoForManyHits() {
        var expected = new ArrayList<String>();
        for (int n = 0; n < 1500; n++) {
            var title = "Oefen de overdracht %04d".formatted(n);
            add(title, "Met je begeleider.");
            expected.add(title);
        }
        add("Iets anders", "Geen overdracht hier? Jawel: overdracht.");
        var index = index();
        var criteria = new SearchCriteria("overdracht", null, null, null, null, null, null, null, null, null, 1400, 20);

        var hits = index.search(criteria);

        assertThat(hits.total()).isEqualTo(1501);
        assertThat(titles(criteria)).containsExactlyElementsOf(expected.subList(1400, 1420));
        assertThat(index.search(criteria.page(1500, 20)).ids()).containsExactly(items.get("Iets anders").id());
        assertThat(index.search(criteria.page(5000, 20))).isEqualTo(new CatalogueIndex.Hits(List.of(), 1501));
    }

    @Test
    void aRebuiltIndexReusesTheAnalysedTitlesAndFollowsTheChange() {
        var kept = add("Veilig tillen in het magazijn", "Til met je benen.");
        var changed = add("Ziekmelden bij je werkgever", "Wat zeg je aan de telefoon?");
        var before = index();
        var revised = CatalogueIndex.Entry.of(changed);
        revised = new CatalogueIndex.Entry(revised.id(), "Het schoonmaakrooster invullen", "het schoonmaakrooster invullen",
                " schoonmaakrooster schoonmak rooster invull ", revised.kind(), null, null, "A", false, List.of(), "nl",
                ItemSource.OWN);

        var after = CatalogueIndex.of(List.of(CatalogueIndex.Entry.of(kept), revised), before);

        assertThat(after.search(SearchCriteria.everything().withText("ziekmelden")).ids()).isEmpty();
        assertThat(after.search(SearchCriteria.everything().withText("schoonmaak rooster")).ids())
                .containsExactly(changed.id());
        assertThat(after.search(SearchCriteria.everything().withText("magazijn")).ids()).containsExactly(kept.id());
        assertThat(after.search(SearchCriteria.everything().withText("magazijn")).total()).isEqualTo(1);
    }

    @Test
    void anEmptyCatalogueFindsNothing() {
        assertThat(index().search(SearchCriteria.everything().withText("veilig")))
                .isEqualTo(new CatalogueIndex.Hits(List.of(), 0));
    }

    @Test
    void wordsAllowOneTypoButShortWordsAndNumbersNone() {
        assertThat(CatalogueIndex.edits("ziek")).isZero();
        assertThat(CatalogueIndex.edits("colega")).isEqualTo(1);
        assertThat(CatalogueIndex.edits("schoonmaakrost")).isEqualTo(1);
        assertThat(CatalogueIndex.edits("caf?s")).isZero();
        assertThat(CatalogueIndex.edits("12345")).as("a number is no word with a typo").isZero();
        assertThat(CatalogueIndex.edits("m3fa9b01c2e")).as("nor is a code").isZero();
        assertThat(CatalogueIndex.edits("a".repeat(41))).isZero();
    }
}
