package nl.groeipad.intake.entity;

import static nl.groeipad.intake.entity.SelfAssessment.ALREADY;
import static nl.groeipad.intake.entity.SelfAssessment.A_LITTLE;
import static nl.groeipad.intake.entity.SelfAssessment.NOT_YET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.intake.entity.SuggestionRules.Behaviour;
import nl.groeipad.intake.entity.SuggestionRules.CompetencyEvidence;
import nl.groeipad.intake.entity.SuggestionRules.Focus;
import nl.groeipad.intake.entity.SuggestionRules.Material;
import nl.groeipad.intake.entity.SuggestionRules.MaterialSuggestion;
import nl.groeipad.intake.entity.SuggestionRules.Outcome;
import org.junit.jupiter.api.Test;

class SuggestionRulesTest {

    private static final ScaleLabels SCALE = ScaleLabels.DEFAULT;

    /** A competency "Competentie {key}" with these self-assessments, no coach scores. */
    private static CompetencyEvidence competency(String key, SelfAssessment... answers) {
        var behaviours = new ArrayList<Behaviour>();
        for (int i = 0; i < answers.length; i++) {
            behaviours.add(new Behaviour(key + "-" + i, answers[i], null));
        }
        return new CompetencyEvidence(key, "Competentie " + key, behaviours);
    }

    private static CompetencyEvidence scored(String key, SelfAssessment self, int coach) {
        return new CompetencyEvidence(key, "Competentie " + key, List.of(new Behaviour(key + "-0", self, Score.of(coach))));
    }

    private static Outcome suggest(CompetencyEvidence... competencies) {
        return SuggestionRules.suggest(List.of(competencies), SCALE);
    }

    private static List<String> keys(Outcome outcome) {
        return outcome.focus().stream().map(Focus::competencyKey).toList();
    }

    // ---- which competencies, in which order --------------------------------------------------------------

    @Test
    void theCompetenciesWithMostNotYetComeFirstAndAtMostThree() {
        var outcome = suggest(
                competency("a", A_LITTLE, ALREADY),
                competency("b", NOT_YET, NOT_YET),
                competency("c", NOT_YET, A_LITTLE),
                competency("d", ALREADY, ALREADY),
                competency("e", A_LITTLE, A_LITTLE));

        assertThat(keys(outcome)).containsExactly("b", "c", "e");
        assertThat(outcome.note()).isNull();
    }

    @Test
    void equalNeedsKeepTheFrameworksOrder() {
        var outcome = suggest(
                competency("first", NOT_YET, ALREADY),
                competency("second", NOT_YET, ALREADY),
                competency("third", NOT_YET, ALREADY),
                competency("fourth", NOT_YET, ALREADY));

        assertThat(keys(outcome)).containsExactly("first", "second", "third");
    }

    @Test
    void withTheSameAverageTheLargerSingleGapComesFirst() {
        // both average 1.5: "sharp" (3 + 0) / 2 and "mixed" (2 + 1) / 2, where the coach's 4 gives a gap of 1
        var mixed = new CompetencyEvidence("mixed", "Gemengd", List.of(
                new Behaviour("m1", A_LITTLE, null), new Behaviour("m2", null, Score.of(4))));
        var outcome = suggest(mixed, competency("sharp", NOT_YET, ALREADY));

        assertThat(keys(outcome)).containsExactly("sharp", "mixed");
        assertThat(outcome.focus()).extracting(Focus::level).containsExactly(Level.A, Level.B);
    }

    @Test
    void theAverageIsComparedExactlyOverDifferentNumbersOfBehaviours() {
        // 3/1 = 3.0 beats (3+3+2)/3 = 2.67
        var outcome = suggest(competency("three", NOT_YET, NOT_YET, A_LITTLE), competency("one", NOT_YET));

        assertThat(keys(outcome)).containsExactly("one", "three");
    }

    @Test
    void theSameEvidenceAlwaysGivesTheSameSuggestions() {
        var evidence = List.of(competency("x", NOT_YET, A_LITTLE), competency("y", A_LITTLE), competency("z", NOT_YET));

        assertThat(SuggestionRules.suggest(evidence, SCALE)).isEqualTo(SuggestionRules.suggest(evidence, SCALE));
    }

    // ---- levels ------------------------------------------------------------------------------------------------

    @Test
    void theWeakestBehaviourDecidesTheLevel() {
        var outcome = suggest(
                competency("a", NOT_YET, ALREADY),
                competency("b", A_LITTLE, ALREADY),
                competency("c", A_LITTLE, NOT_YET));

        assertThat(outcome.focus()).extracting(Focus::competencyKey, Focus::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c", Level.A),
                        org.assertj.core.groups.Tuple.tuple("a", Level.A),
                        org.assertj.core.groups.Tuple.tuple("b", Level.B));
    }

    @Test
    void coachScoresMapToLevelsAThroughCAndFiveMeansNothingToLearn() {
        assertThat(suggest(scored("s1", null, 1)).focus().getFirst().level()).isEqualTo(Level.A);
        assertThat(suggest(scored("s2", null, 2)).focus().getFirst().level()).isEqualTo(Level.A);
        assertThat(suggest(scored("s3", null, 3)).focus().getFirst().level()).isEqualTo(Level.B);
        assertThat(suggest(scored("s4", null, 4)).focus().getFirst().level()).isEqualTo(Level.C);
        assertThat(suggest(scored("s5", null, 5)).focus()).isEmpty();
    }

    // ---- the coach's observation weighs more -------------------------------------------------------------------

    @Test
    void theCoachsScoreOverridesTheParticipantsAnswer() {
        var outcome = suggest(scored("confident", ALREADY, 2), scored("modest", NOT_YET, 5));

        assertThat(keys(outcome)).containsExactly("confident");
        assertThat(outcome.focus().getFirst().level()).isEqualTo(Level.A);
        assertThat(outcome.focus().getFirst().reason().nl())
                .isEqualTo("omdat je begeleider dit met 2 (met veel hulp) scoorde");
        assertThat(outcome.focus().getFirst().reason().en())
                .isEqualTo("because your coach scored this 2 (met veel hulp)");
    }

    @Test
    void aCoachsLowestScoreWeighsMoreThanAnyAnswer() {
        var outcome = suggest(competency("self", NOT_YET, NOT_YET), scored("coach", A_LITTLE, 1));

        assertThat(keys(outcome)).containsExactly("coach", "self");
    }

    @Test
    void theReasonCountsTheBehavioursTheCoachScoredLowest() {
        var evidence = new CompetencyEvidence("k", "Veilig werken", List.of(
                new Behaviour("b1", ALREADY, Score.of(2)),
                new Behaviour("b2", ALREADY, Score.of(2)),
                new Behaviour("b3", NOT_YET, null)));

        var focus = suggest(evidence).focus().getFirst();

        assertThat(focus.reason().nl()).isEqualTo("omdat je begeleider 2 van de 3 gedragingen met 2 (met veel hulp) scoorde");
        assertThat(focus.level()).isEqualTo(Level.A);
    }

    @Test
    void theScaleLabelsOfTheFrameworkAreUsed() {
        var scale = ScaleLabels.of("Helemaal niet", "Met Hulp", "Bijna", "Ja", "Meester");
        var outcome = SuggestionRules.suggest(List.of(scored("k", null, 2)), scale);

        assertThat(outcome.focus().getFirst().reason().nl()).isEqualTo("omdat je begeleider dit met 2 (met hulp) scoorde");
    }

    // ---- reasons from the self-assessment ---------------------------------------------------------------------

    @Test
    void theReasonCountsTheNotYetAnswers() {
        var focus = suggest(competency("k", NOT_YET, NOT_YET, ALREADY)).focus().getFirst();

        assertThat(focus.reason().nl()).isEqualTo("omdat je bij 2 van de 3 gedragingen ‘nog niet’ koos");
        assertThat(focus.reason().en()).isEqualTo("because you chose ‘not yet’ for 2 of the 3 behaviours");
    }

    @Test
    void theReasonSaysAllWhenEveryBehaviourHadTheSameAnswer() {
        assertThat(suggest(competency("k", A_LITTLE, A_LITTLE)).focus().getFirst().reason().nl())
                .isEqualTo("omdat je bij alle 2 gedragingen ‘een beetje’ koos");
    }

    @Test
    void theReasonForASingleBehaviourSaysThisBehaviour() {
        assertThat(suggest(competency("k", NOT_YET)).focus().getFirst().reason().nl())
                .isEqualTo("omdat je bij deze gedraging ‘nog niet’ koos");
    }

    @Test
    void everyReasonIsOneSentenceStartingWithOmdat() {
        var outcome = suggest(competency("a", NOT_YET, A_LITTLE), scored("b", ALREADY, 3), competency("c", A_LITTLE));

        assertThat(outcome.focus()).allSatisfy(f -> {
            assertThat(f.reason().nl()).startsWith("omdat ").doesNotContain(". ").doesNotEndWith(".");
            assertThat(f.reason().en()).startsWith("because ");
        });
    }

    @Test
    void unansweredBehavioursCountForNothing() {
        var evidence = new CompetencyEvidence("k", "K", List.of(
                new Behaviour("b1", null, null), new Behaviour("b2", NOT_YET, null)));

        var focus = suggest(evidence).focus().getFirst();

        assertThat(focus.reason().nl()).isEqualTo("omdat je bij deze gedraging ‘nog niet’ koos");
    }

    // ---- everything "kan ik al" --------------------------------------------------------------------------------

    @Test
    void whenEverythingIsAlreadyThereLevelCIsSuggestedToConsolidateWithAFriendlyNote() {
        var outcome = suggest(
                competency("a", ALREADY, ALREADY),
                competency("b", ALREADY),
                competency("c", ALREADY, ALREADY),
                competency("d", ALREADY, ALREADY));

        assertThat(keys(outcome)).containsExactly("a", "b", "c");
        assertThat(outcome.focus()).allSatisfy(f -> {
            assertThat(f.level()).isEqualTo(Level.C);
            assertThat(f.consolidation()).isTrue();
            assertThat(f.reason().nl()).startsWith("omdat je bij ").contains("‘kan ik al’").contains("niveau C");
        });
        assertThat(outcome.focus().getFirst().reason().nl())
                .isEqualTo("omdat je bij alle 2 gedragingen ‘kan ik al’ koos, en op niveau C laat je zien dat het elke dag zonder hulp lukt");
        assertThat(outcome.note().nl()).startsWith("Je zegt dat je alles al kunt. Mooi!");
    }

    @Test
    void whenTheCoachConfirmedEverythingThereIsNothingToSuggestAndAFriendlyNoteSaysWhy() {
        var outcome = suggest(scored("a", ALREADY, 5), scored("b", NOT_YET, 5));

        assertThat(outcome.focus()).isEmpty();
        assertThat(outcome.note().nl()).contains("allebei").contains("al kunt");
    }

    @Test
    void consolidationSkipsWhatTheCoachAlreadyConfirmed() {
        var outcome = suggest(scored("confirmed", ALREADY, 5), competency("own-word", ALREADY));

        assertThat(keys(outcome)).containsExactly("own-word");
    }

    @Test
    void withoutAnyAnswerThereAreNoSuggestionsYet() {
        var outcome = suggest(new CompetencyEvidence("k", "K", List.of(new Behaviour("b", null, null))));

        assertThat(outcome.focus()).isEmpty();
        assertThat(outcome.note().nl()).contains("nog geen antwoorden");
    }

    @Test
    void aSingleNeedIsSuggestedAloneWithoutFillingUpWithConsolidation() {
        var outcome = suggest(competency("a", ALREADY), competency("b", A_LITTLE), competency("c", ALREADY));

        assertThat(keys(outcome)).containsExactly("b");
        assertThat(outcome.focus().getFirst().consolidation()).isFalse();
    }

    // ---- learning material ---------------------------------------------------------------------------------------

    private static Material item(String id, String kind) {
        return new Material(id, "Titel " + id, kind, 15, null);
    }

    private static List<String> ids(List<MaterialSuggestion> picked) {
        return picked.stream().map(m -> m.material().id()).toList();
    }

    @Test
    void aWorkplaceAssignmentComesFirstThenAMixOfKinds() {
        var picked = SuggestionRules.pickMaterial(List.of(
                item("video-1", "video"), item("video-2", "video"), item("online", "online-lesson"),
                item("work-1", "workplace-assignment"), item("work-2", "workplace-assignment"),
                item("talk", "conversation")), Level.B);

        assertThat(ids(picked)).containsExactly("work-1", "talk", "video-1");
    }

    @Test
    void withFewKindsMoreWorkplaceAssignmentsFillUp() {
        var picked = SuggestionRules.pickMaterial(List.of(
                item("video-1", "video"), item("work-1", "workplace-assignment"), item("work-2", "workplace-assignment"),
                item("video-2", "video")), Level.A);

        assertThat(ids(picked)).containsExactly("work-1", "video-1", "work-2");
    }

    @Test
    void withoutWorkplaceAssignmentsOtherKindsAreMixed() {
        var picked = SuggestionRules.pickMaterial(List.of(
                item("training", "offline-training"), item("quiz", "lms-activity"), item("online", "online-lesson"),
                item("video", "video")), Level.C);

        assertThat(ids(picked)).containsExactly("video", "online", "quiz");
    }

    @Test
    void noCandidatesMeansNoMaterial() {
        assertThat(SuggestionRules.pickMaterial(List.of(), Level.A)).isEmpty();
    }

    @Test
    void eachItemHasItsOwnReasonStartingWithOmdat() {
        var picked = SuggestionRules.pickMaterial(List.of(item("w", "workplace-assignment"), item("t", "conversation"),
                item("v", "video")), Level.B);

        assertThat(picked).extracting(m -> m.reason().nl()).containsExactly(
                "omdat het niveau B van deze competentie traint en je het meteen in je eigen werk oefent",
                "omdat het niveau B van deze competentie traint en je het samen met je begeleider of een collega bespreekt",
                "omdat het niveau B van deze competentie traint en je in een filmpje ziet hoe het gaat");
        assertThat(picked).allSatisfy(m -> assertThat(m.reason().en()).startsWith("because it trains level B"));
    }

    // ---- the coach reads about the participant (issue 8 §11) ---------------------------------------------

    @Test
    void forTheCoachTheReasonsSpeakAboutTheParticipantByName() {
        var voice = SuggestionRules.Voice.aboutParticipant("Sam");

        var chose = SuggestionRules.suggest(List.of(competency("a", NOT_YET, ALREADY)), SCALE, voice);
        assertThat(chose.focus().getFirst().reason().nl()).isEqualTo("omdat Sam bij 1 van de 2 gedragingen ‘nog niet’ koos");
        assertThat(chose.focus().getFirst().reason().en()).startsWith("because Sam chose");

        var scoredByCoach = SuggestionRules.suggest(List.of(scored("b", ALREADY, 2)),
                SCALE, voice);
        assertThat(scoredByCoach.focus().getFirst().reason().nl()).startsWith("omdat jij dit met 2");

        var allKnown = SuggestionRules.suggest(List.of(competency("c", ALREADY, ALREADY)), SCALE, voice);
        assertThat(allKnown.note().nl()).startsWith("Sam zegt alles al te kunnen.");
        assertThat(allKnown.focus().getFirst().reason().nl()).contains("laat Sam zien");
    }

    @Test
    void withoutANameTheCoachReadsDeDeelnemer() {
        var outcome = SuggestionRules.suggest(List.of(competency("a", NOT_YET)), SCALE,
                SuggestionRules.Voice.aboutParticipant(" "));

        assertThat(outcome.focus().getFirst().reason().nl()).isEqualTo("omdat de deelnemer bij deze gedraging ‘nog niet’ koos");
    }
}
