package nl.groeipad.intake.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Vraagt op tijd om hulp of advies.|Vraag jij op tijd om hulp of advies?",
            "Is op tijd op het werk en na de pauze.|Ben jij op tijd op het werk en na de pauze?",
            "Meldt zich volgens de afspraken af bij ziekte of als het later wordt.|Meld jij je volgens de afspraken af bij ziekte of als het later wordt?",
            "Controleert het eigen werk voordat het klaar is.|Controleer jij je eigen werk voordat het klaar is?",
            "Let op wat collega's doen en past het eigen werk daarop aan.|Let jij op wat collega's doen en past je eigen werk daarop aan?",
            "Doet iets met feedback.|Doe jij iets met feedback?",
            "Houdt de werkplek veilig en meldt gevaar.|Houd jij de werkplek veilig en meldt gevaar?",
            "Wacht op je beurt.|Wacht jij op je beurt?"})
    void aDutchBehaviourBecomesAQuestionForTheParticipant(String behaviour, String question) {
        assertThat(QuestionWording.question(behaviour, "nl")).isEqualTo(question);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Vertelt de begeleider dat het niet lukt, als de begeleider vraagt hoe het gaat.|Je vertelt je begeleider dat het niet lukt, als je begeleider vraagt hoe het gaat.",
            "Is met hulp (een wekker, een belletje) op de meeste dagen op tijd.|Je bent met hulp (een wekker, een belletje) op de meeste dagen op tijd.",
            "Kan op het werkbord aanwijzen wie van het team welk werk doet.|Je kunt op het werkbord aanwijzen wie van het team welk werk doet.",
            "Belt zelf vóór de start van het werk en zegt wanneer hij of zij terug denkt te zijn.|Je belt zelf vóór de start van het werk en zegt wanneer je terug denkt te zijn."})
    void theLevelATextBecomesAnExampleAboutTheParticipant(String levelA, String example) {
        assertThat(QuestionWording.example(levelA, "nl")).isEqualTo(example);
    }

    @Test
    void aSentenceThatDoesNotStartWithAVerbIsKeptAsItIs() {
        assertThat(QuestionWording.question("Het werk op tijd af hebben.", "nl")).isEqualTo("Het werk op tijd af hebben.");
        assertThat(QuestionWording.question("Samenwerking met collega's", "nl")).isEqualTo("Samenwerking met collega's");
        assertThat(QuestionWording.example("Zelfstandig aan de slag.", "nl")).isEqualTo("Zelfstandig aan de slag.");
    }

    @Test
    void anotherLanguageIsKeptAsItIs() {
        assertThat(QuestionWording.question("Asks for help in time.", "en")).isEqualTo("Asks for help in time.");
        assertThat(QuestionWording.example("Tells the coach.", "en")).isEqualTo("Tells the coach.");
    }

    @Test
    void noLevelTextMeansNoExample() {
        assertThat(QuestionWording.example(null, "nl")).isNull();
        assertThat(QuestionWording.example("  ", "nl")).isNull();
        assertThat(QuestionWording.question(null, "nl")).isEmpty();
    }
}
