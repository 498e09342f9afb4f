package nl.groeipad.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.control.FrameworkDetails.CompetencyDetails;
import nl.groeipad.competency.control.FrameworkDetails.IndicatorDetails;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.intake.entity.Intake;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class IntakesTest {

    private static IndicatorDetails indicator(String id) {
        return new IndicatorDetails(id, "key-" + id, null, "Vraagt om hulp.", "A", "B", "C", 0);
    }

    private static CompetencyDetails competency(String key, String... indicatorIds) {
        return new CompetencyDetails("row-" + key, key, null, null, "Competentie " + key, null, 0,
                java.util.Arrays.stream(indicatorIds).map(IntakesTest::indicator).toList());
    }

    private static FrameworkDetails framework(String key, String title, CompetencyDetails... competencies) {
        return new FrameworkDetails("v-" + key, key, 1, 1, "published", title, null, "nl", "groeipad",
                ScaleLabels.DEFAULT.labels(), List.of(), List.of(competencies), null, null, null, null, 21);
    }

    @Test
    void theDemoFrameworkIsTheDefaultWhenTheOrganisationHasIt() {
        var own = framework("own", "Aaa eigen raamwerk", competency("c1", "i1"));
        var demo = framework(Intakes.STARTER_FRAMEWORK_KEY, "Werknemersvaardigheden (WPO-stijl)", competency("c2", "i2"));

        assertThat(Intakes.chooseDefault(List.of(own, demo))).contains(demo);
    }

    @Test
    void withoutTheDemoFrameworkTheFirstByTitleWithCompetenciesIsTheDefault() {
        var empty = framework("e", "Aaa leeg");
        var b = framework("b", "bouw", competency("c1", "i1"));
        var a = framework("a", "Aanpak", competency("c2", "i2"));

        assertThat(Intakes.chooseDefault(List.of(empty, b, a))).contains(a);
        assertThat(Intakes.chooseDefault(List.of())).isEmpty();
    }

    @Test
    void allIndicatorsOfAllCompetenciesAreAskedInTheFrameworksOrder() {
        var fw = framework("f", "F", competency("c1", "i1", "i2"), competency("c2", "i3"));

        assertThat(Intakes.questions(fw, null)).containsExactly(new Intake.QuestionRef("i1", "c1"),
                new Intake.QuestionRef("i2", "c1"), new Intake.QuestionRef("i3", "c2"));
    }

    @Test
    void aCoachMayChooseASubsetOfCompetencies() {
        var fw = framework("f", "F", competency("c1", "i1", "i2"), competency("c2", "i3"), competency("c3", "i4"));

        assertThat(Intakes.questions(fw, List.of("c3", "c1"))).extracting(Intake.QuestionRef::indicatorId)
                .containsExactly("i1", "i2", "i4");
    }

    @Test
    void aCompetencyOfAnotherFrameworkIsRefusedNamingTheField() {
        var fw = framework("f", "F", competency("c1", "i1"));

        assertThatThrownBy(() -> Intakes.questions(fw, List.of("c1", "elsewhere")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("competencyKeys"));
    }
}
