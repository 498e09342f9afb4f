package nl.groeipad.coach.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.groeipad.coach.entity.Attention.Reason;
import nl.groeipad.coach.entity.Attention.Signals;
import nl.groeipad.coach.entity.Attention.Sort;
import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class AttentionTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

    private static Signals calm() {
        return new Signals(false, 0, null, null, null, YESTERDAY);
    }

    @Test
    void aParticipantWhoIsBusyAndUpToDateNeedsNothing() {
        assertThat(Attention.reasons(calm(), NOW)).isEmpty();
    }

    @Test
    void anIntakeHandedInAndNotReviewedWaitsForTheCoach() {
        assertThat(Attention.reasons(new Signals(true, 0, null, null, null, YESTERDAY), NOW))
                .containsExactly(Reason.INTAKE_WAITING);
    }

    @Test
    void overdueTasksNeedTheCoach() {
        assertThat(Attention.reasons(new Signals(false, 2, null, null, null, YESTERDAY), NOW)).containsExactly(Reason.OVERDUE);
    }

    @Test
    void aNoteOrPhotoIsNewUntilTheCoachLooksAfterIt() {
        var noteAt = NOW.minus(Duration.ofHours(3));
        var photoAt = NOW.minus(Duration.ofHours(2));

        assertThat(Attention.reasons(new Signals(false, 0, noteAt, photoAt, null, YESTERDAY), NOW))
                .as("never looked: everything is new").containsExactly(Reason.NEW_NOTE, Reason.NEW_PHOTO);
        assertThat(Attention.reasons(new Signals(false, 0, noteAt, photoAt, noteAt.plusSeconds(60), YESTERDAY), NOW))
                .as("looked between the note and the photo").containsExactly(Reason.NEW_PHOTO);
        assertThat(Attention.reasons(new Signals(false, 0, noteAt, photoAt, NOW, YESTERDAY), NOW)).isEmpty();
    }

    @Test
    void fourteenDaysWithoutActivityIsQuietThirteenIsNot() {
        var thirteen = NOW.minus(Duration.ofDays(13));
        var fifteen = NOW.minus(Duration.ofDays(15));

        assertThat(Attention.reasons(new Signals(false, 0, null, null, null, thirteen), NOW)).isEmpty();
        assertThat(Attention.reasons(new Signals(false, 0, null, null, null, fifteen), NOW)).containsExactly(Reason.QUIET);
        assertThat(Attention.reasons(new Signals(false, 0, null, null, null, null), NOW)).as("nothing known").isEmpty();
    }

    @Test
    void reasonsComeMostPressingFirst() {
        var all = new Signals(true, 1, YESTERDAY, YESTERDAY, null, NOW.minus(Duration.ofDays(20)));

        assertThat(Attention.reasons(all, NOW)).containsExactly(Reason.INTAKE_WAITING, Reason.OVERDUE, Reason.NEW_NOTE,
                Reason.NEW_PHOTO, Reason.QUIET);
        assertThat(Reason.INTAKE_WAITING.json()).isEqualTo("intake-waiting");
    }

    record Row(String name, List<Reason> reasons, Instant lastActivity) implements Attention.Row {
    }

    @Test
    void sortedByAttentionTheMostPressingComeFirstThenTheMostReasonsThenTheName() {
        var rows = new ArrayList<>(List.of(
                new Row("Zoë", List.of(), YESTERDAY),
                new Row("Bram", List.of(Reason.QUIET), YESTERDAY),
                new Row("anna", List.of(Reason.OVERDUE), YESTERDAY),
                new Row("Ali", List.of(Reason.OVERDUE, Reason.NEW_NOTE), YESTERDAY),
                new Row("Sam", List.of(Reason.INTAKE_WAITING), YESTERDAY),
                new Row("Eva", List.of(), YESTERDAY)));

        rows.sort(Attention.order(Sort.ATTENTION, Locale.forLanguageTag("nl")));

        assertThat(rows).extracting(Row::name).containsExactly("Sam", "Ali", "anna", "Bram", "Eva", "Zoë");
    }

    @Test
    void sortedByNameOrByLongestQuiet() {
        var rows = new ArrayList<>(List.of(
                new Row("Sam", List.of(), YESTERDAY),
                new Row("ali", List.of(), NOW.minus(Duration.ofDays(30))),
                new Row("Bram", List.of(), null)));

        rows.sort(Attention.order(Sort.NAME, Locale.forLanguageTag("nl")));
        assertThat(rows).extracting(Row::name).containsExactly("ali", "Bram", "Sam");

        rows.sort(Attention.order(Sort.QUIET, Locale.forLanguageTag("nl")));
        assertThat(rows).extracting(Row::name).containsExactly("Bram", "ali", "Sam");
    }

    @Test
    void aSortIsNamedOrAttentionByDefaultAnythingElseIs400NamingTheField() {
        assertThat(Sort.parse(null)).isEqualTo(Sort.ATTENTION);
        assertThat(Sort.parse("name")).isEqualTo(Sort.NAME);
        assertThat(Sort.parse(" Quiet ")).isEqualTo(Sort.QUIET);
        assertThatThrownBy(() -> Sort.parse("age"))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("sort"));
    }

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    private static Signals with(LocalDate observationEndsOn, LocalDate evaluationDueOn) {
        return new Signals(false, 0, null, null, null, YESTERDAY, observationEndsOn, evaluationDueOn);
    }

    @Test
    void anObservationPeriodEndingWithinThreeDaysNeedsTheCoach() {
        assertThat(Attention.reasons(with(TODAY.plusDays(3), null), NOW, TODAY))
                .as("ends in 3 days").containsExactly(Reason.OBSERVATION_ENDING);
        assertThat(Attention.reasons(with(TODAY, null), NOW, TODAY)).as("ends today").containsExactly(Reason.OBSERVATION_ENDING);
        assertThat(Attention.reasons(with(TODAY.minusDays(5), null), NOW, TODAY))
                .as("ended and not concluded").containsExactly(Reason.OBSERVATION_ENDING);
        assertThat(Attention.reasons(with(TODAY.plusDays(4), null), NOW, TODAY)).as("4 days left: not yet").isEmpty();
    }

    @Test
    void anInterimEvaluationNeedsTheCoachFromThreeDaysBeforeItsDay() {
        assertThat(Attention.reasons(with(null, TODAY.plusDays(3)), NOW, TODAY)).containsExactly(Reason.EVALUATION_DUE);
        assertThat(Attention.reasons(with(null, TODAY.minusDays(10)), NOW, TODAY))
                .as("late").containsExactly(Reason.EVALUATION_DUE);
        assertThat(Attention.reasons(with(null, TODAY.plusDays(4)), NOW, TODAY)).as("not yet").isEmpty();
    }

    @Test
    void observationAndEvaluationComeAfterOverdueAndBeforeNewWork() {
        var all = new Signals(true, 1, YESTERDAY, null, null, YESTERDAY, TODAY, TODAY);
        assertThat(Attention.reasons(all, NOW, TODAY)).containsExactly(Reason.INTAKE_WAITING, Reason.OVERDUE,
                Reason.OBSERVATION_ENDING, Reason.EVALUATION_DUE, Reason.NEW_NOTE);
        assertThat(Reason.EVALUATION_DUE.json()).isEqualTo("evaluation-due");
        assertThat(Reason.OBSERVATION_ENDING.json()).isEqualTo("observation-ending");
    }
}
