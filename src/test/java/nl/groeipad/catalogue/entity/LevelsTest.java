package nl.groeipad.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void lettersAreReadInAnyOrderAndCaseAndWrittenInOrder() {
        var levels = Levels.parse(List.of("c", " A "));
        assertThat(levels.letters()).containsExactly("A", "C");
        assertThat(levels.code()).isEqualTo("AC");
        assertThat(levels.contains('a')).isTrue();
        assertThat(levels.contains('B')).isFalse();
    }

    @Test
    void noLettersMeansNoLevel() {
        assertThat(Levels.parse(null)).isEqualTo(Levels.NONE);
        assertThat(Levels.parse(List.of()).isEmpty()).isTrue();
        assertThat(Levels.ofCode("").isEmpty()).isTrue();
    }

    @Test
    void aLevelOtherThanABOrCIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Levels.parse(List.of("A", "D")))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("levels"));
        assertThatThrownBy(() -> Levels.parse(Arrays.asList("A", null))).isInstanceOf(InvalidField.class);
    }

    @Test
    void aFilterTakesExactlyOneLevel() {
        assertThat(Levels.parseOne("level", "b")).isEqualTo('B');
        assertThatThrownBy(() -> Levels.parseOne("level", "AB"))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("level"));
    }

    @Test
    void theCompactCodeRoundTrips() {
        for (var code : List.of("A", "B", "C", "AB", "BC", "AC", "ABC")) {
            assertThat(Levels.ofCode(code).code()).isEqualTo(code);
        }
    }
}
