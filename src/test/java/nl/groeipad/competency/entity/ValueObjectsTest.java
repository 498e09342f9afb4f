package nl.groeipad.competency.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void onlyLevelCMeetsTheMboEntreeStandard() {
        assertThat(Level.C.meetsMboEntree()).isTrue();
        assertThat(Level.A.meetsMboEntree()).isFalse();
        assertThat(Level.B.meetsMboEntree()).isFalse();
    }

    @Test
    void levelsGoUpFromAToC() {
        assertThat(Level.A.next()).contains(Level.B);
        assertThat(Level.B.next()).contains(Level.C);
        assertThat(Level.C.next()).isEmpty();
    }

    @Test
    void aLevelIsReadFromALetterOrAWord() {
        assertThat(Level.parse("a")).contains(Level.A);
        assertThat(Level.parse(" Niveau B ")).contains(Level.B);
        assertThat(Level.parse("level c")).contains(Level.C);
        assertThat(Level.parse("D")).isEmpty();
        assertThat(Level.parse(null)).isEmpty();
    }

    @Test
    void aScoreIsOneToFive() {
        assertThat(Score.of(1).value()).isEqualTo(1);
        assertThat(Score.of(5).value()).isEqualTo(5);
        assertThatThrownBy(() -> Score.of(0)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> Score.of(6)).isInstanceOf(InvalidField.class);
        assertThat(Score.of(4).isHigherThan(Score.of(3))).isTrue();
    }

    @Test
    void aScoreReadsItsWordFromTheScale() {
        assertThat(Score.of(1).labelIn(ScaleLabels.DEFAULT)).isEqualTo("Nog niet");
        assertThat(Score.of(5).labelIn(ScaleLabels.DEFAULT)).isEqualTo("Kan het een ander leren");
    }

    @Test
    void aScaleHasExactlyFiveDistinctLabelsWithoutComma() {
        assertThat(ScaleLabels.of(" a ", "b", "c", "d", "e").labels()).containsExactly("a", "b", "c", "d", "e");
        assertThatThrownBy(() -> new ScaleLabels(List.of("a", "b", "c", "d"))).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> ScaleLabels.of("a", "b", "c", "d", "d")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> ScaleLabels.of("a", "b", "c", "d", "")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> ScaleLabels.of("a", "b", "c", "d", "e,f")).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("scale");
    }

    @Test
    void levelTextsAreOptionalAndStripped() {
        var texts = new LevelTexts("  A-tekst ", "", null);
        assertThat(texts.at(Level.A)).isEqualTo("A-tekst");
        assertThat(texts.at(Level.B)).isNull();
        assertThat(LevelTexts.none().isEmpty()).isTrue();
        assertThatThrownBy(() -> new LevelTexts("x".repeat(2001), null, null)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("levelA");
    }
}
