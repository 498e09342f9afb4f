package nl.groeipad.catalogue.entity;

import static nl.groeipad.catalogue.entity.ContentBuilder.validContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ItemContentTest {

    private static void refused(String field, Executable build) {
        assertThatThrownBy(build::execute)
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo(field));
    }

    @Test
    void validContentKeepsWhatTheCoachWroteAndDerivesTheSearchColumns() {
        var content = validContent().title("  Één keer per dag: Veiligheidsronde ").build();
        assertThat(content.title()).isEqualTo("Één keer per dag: Veiligheidsronde");
        assertThat(content.titleKey()).isEqualTo("een keer per dag: veiligheidsronde");
        assertThat(content.searchText()).contains("veiligheidsronde", "wijs drie gevaren aan", "veilig werken");
        assertThat(content.online()).isFalse();
        assertThat(content.levels().letters()).containsExactly("A");
        assertThat(content.learningStyles().codes()).containsExactly("doing");
        assertThat(content.competency()).isEqualTo(CompetencyRef.titled("Veilig werken"));
    }

    @Test
    void onlineFollowsFromTheKind() {
        assertThat(validContent().online().build().online()).isTrue();
        assertThat(validContent().kind(ItemKind.VIDEO).build().online()).isTrue();
        assertThat(validContent().kind(ItemKind.CONVERSATION).build().online()).isFalse();
        assertThat(validContent().kind(ItemKind.OFFLINE_TRAINING).build().online()).isFalse();
    }

    @Test
    void aTitleIsRequiredAndAtMost200Characters() {
        refused("title", () -> validContent().title(" ").build());
        refused("title", () -> validContent().title(null).build());
        refused("title", () -> validContent().title("x".repeat(201)).build());
        assertThat(validContent().title("x".repeat(200)).build().title()).hasSize(200);
    }

    @Test
    void aKindIsRequired() {
        refused("kind", () -> validContent().kind(null).build());
    }

    @Test
    void onlyOnlineMaterialHasAWebAddressAndOnlyHttps() {
        refused("url", () -> validContent().url("https://example.org/").build());
        refused("url", () -> validContent().online().url("http://www.oefenen.nl/").build());
        refused("url", () -> validContent().online().url("javascript:alert(1)").build());
        refused("url", () -> validContent().online().url("https://user:pw@example.org/").build());
        refused("url", () -> validContent().online().url("https://example.org/" + "x".repeat(1000)).build());
        assertThat(validContent().online().url(" https://www.oefenen.nl/lezen ").build().url()).isEqualTo("https://www.oefenen.nl/lezen");
        assertThat(validContent().online().url(null).build().url()).isNull();
    }

    @Test
    void materialForANamedCompetencyNamesAtLeastOneLevel() {
        refused("levels", () -> validContent().levels("").build());
        assertThat(validContent().competency(CompetencyRef.NONE).levels("").build().levels().isEmpty()).isTrue();
    }

    @Test
    void aDurationIsBetweenOneMinuteAnd6000OrEmpty() {
        refused("durationMinutes", () -> validContent().minutes(0).build());
        refused("durationMinutes", () -> validContent().minutes(6001).build());
        assertThat(validContent().minutes(null).build().durationMinutes()).isNull();
    }

    @Test
    void theLanguageIsATwoLetterCode() {
        assertThat(validContent().language("EN").build().language()).isEqualTo("en");
        refused("language", () -> validContent().language("nederlands").build());
        refused("language", () -> validContent().language(null).build());
    }

    @Test
    void aDescriptionIsOptionalAndAtMost4000Characters() {
        assertThat(validContent().description("   ").build().description()).isNull();
        refused("description", () -> validContent().description("x".repeat(4001)).build());
    }

    @Test
    void aCompetencyKeyIsAtMost36Characters() {
        refused("competencyKey", () -> validContent().competency(new CompetencyRef("k".repeat(37), null)).build());
        var keyed = validContent().competency(new CompetencyRef("3f1c9d2e-0000-4000-8000-00000000c0de", null)).build();
        assertThat(keyed.competency().key()).isEqualTo("3f1c9d2e-0000-4000-8000-00000000c0de");
    }

    @Test
    void aCopyIsEqualButIndependent() {
        var content = validContent().online().styles(LearningStyle.WATCHING, LearningStyle.THINKING).levels("BC").build();
        var copy = content.copy();
        assertThat(copy).isNotSameAs(content).usingRecursiveComparison().isEqualTo(content);
    }

    @Test
    void learningStylesAcceptCodesAndDutchWords() {
        assertThat(LearningStyles.parse(List.of("voelen", "DOING")).codes()).containsExactly("doing", "feeling");
        assertThatThrownBy(() -> LearningStyles.parse(List.of("dansen")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("learningStyles"));
    }

    @Test
    void instructionsAreShortStepsOnePerLineWithoutEmptyOnes() {
        var content = validContent().build().withInstructions(java.util.Arrays.asList(
                "  Pak de checklist. ", "", null, "Kijk je werk\nna,   punt voor punt."));
        assertThat(content.instructions()).containsExactly("Pak de checklist.", "Kijk je werk na, punt voor punt.");
        assertThat(content.copy().instructions()).isEqualTo(content.instructions());
        assertThat(validContent().build().instructions()).isEmpty();
        assertThat(validContent().build().withInstructions(List.of(" ", "")).instructions()).isEmpty();
    }

    @Test
    void instructionsHaveAtMostTwelveStepsOfAtMost300Characters() {
        var twelve = java.util.Collections.nCopies(12, "Doe een stap.");
        assertThat(validContent().build().withInstructions(twelve).instructions()).hasSize(12);
        refused("instructions", () -> validContent().build().withInstructions(
                java.util.Collections.nCopies(13, "Doe een stap.")));
        refused("instructions", () -> validContent().build().withInstructions(List.of("x".repeat(301))));
        assertThat(validContent().build().withInstructions(List.of("x".repeat(300))).instructions()).hasSize(1);
    }
}
