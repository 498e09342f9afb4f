package nl.groeipad.plan.entity;

import static nl.groeipad.plan.entity.PlanFixtures.NOW;
import static nl.groeipad.plan.entity.PlanFixtures.PARTICIPANT;
import static nl.groeipad.plan.entity.PlanFixtures.TODAY;
import static nl.groeipad.plan.entity.PlanFixtures.aPlan;
import static nl.groeipad.plan.entity.PlanFixtures.aTaskOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.groeipad.platform.entity.Problems.InvalidField;
import org.junit.jupiter.api.Test;

class TaskTest {

    @Test
    void tickingATaskOffRecordsWhenAndByWhom() {
        var task = aTaskOn(aPlan(), TODAY);

        task.tickOff(PARTICIPANT, NOW, null);

        assertThat(task.isDone()).isTrue();
        assertThat(task.doneAt()).contains(NOW);
        assertThat(task.doneBy()).contains(PARTICIPANT);
        assertThat(task.timing(TODAY)).isEqualTo(Timing.DONE);
    }

    @Test
    void aSecondTickKeepsTheFirstMoment() {
        var task = aTaskOn(aPlan(), TODAY);
        task.tickOff(PARTICIPANT, NOW, null);

        task.tickOff(PARTICIPANT, NOW.plusSeconds(5), null);

        assertThat(task.doneAt()).contains(NOW);
    }

    @Test
    void aTickMayCarryANote() {
        var task = aTaskOn(aPlan(), TODAY);

        task.tickOff(PARTICIPANT, NOW, "  Het lukte met hulp van Ali  ");

        assertThat(task.note()).contains("Het lukte met hulp van Ali");
        assertThat(task.noteAt()).contains(NOW);
    }

    @Test
    void undoingATickKeepsTheNote() {
        var task = aTaskOn(aPlan(), TODAY);
        task.tickOff(PARTICIPANT, NOW, "Gedaan, maar het was moeilijk");

        task.undo(NOW.plusSeconds(30));

        assertThat(task.isDone()).isFalse();
        assertThat(task.doneAt()).isEmpty();
        assertThat(task.doneBy()).isEmpty();
        assertThat(task.note()).contains("Gedaan, maar het was moeilijk");
        assertThat(task.timing(TODAY)).isEqualTo(Timing.TODAY);
    }

    @Test
    void undoingKeepsThePhoto() {
        var task = aTaskOn(aPlan(), TODAY);
        new TaskPhoto(task, Photo.of(PhotoTest.jpeg()), NOW);
        task.tickOff(PARTICIPANT, NOW, null);

        task.undo(NOW);

        assertThat(task.hasPhoto()).isTrue();
    }

    @Test
    void aNoteIsAtMostFiveHundredCharacters() {
        var task = aTaskOn(aPlan(), TODAY);

        task.writeNote("x".repeat(500), NOW);
        assertThatThrownBy(() -> task.writeNote("x".repeat(501), NOW))
                .isInstanceOfSatisfying(InvalidField.class, f -> assertThat(f.field()).isEqualTo("note"));
        assertThat(task.note()).hasValueSatisfying(n -> assertThat(n).hasSize(500));
    }

    @Test
    void anEmptyNoteRemovesTheNote() {
        var task = aTaskOn(aPlan(), TODAY);
        task.writeNote("Eerst dit", NOW);

        task.writeNote("   ", NOW);

        assertThat(task.note()).isEmpty();
        assertThat(task.noteAt()).isEmpty();
    }

    @Test
    void whatTheParticipantDoesMovesThePlansLastActivity() {
        var plan = aPlan();
        var task = aTaskOn(plan, TODAY);

        task.tickOff(PARTICIPANT, NOW, null);
        task.undo(NOW.plusSeconds(60));
        task.writeNote("Morgen opnieuw", NOW.plusSeconds(30));

        assertThat(plan.lastActivityAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aTaskNotDoneBeforeTodayIsOverdue() {
        var task = aTaskOn(aPlan(), TODAY);

        assertThat(task.timing(TODAY.plusDays(1))).isEqualTo(Timing.OVERDUE);
    }

    @Test
    void aTaskForALaterDayIsUpcoming() {
        var task = aTaskOn(aPlan(), TODAY.plusDays(1));

        assertThat(task.timing(TODAY)).isEqualTo(Timing.UPCOMING);
    }

    @Test
    void aTaskForTodayIsToday() {
        assertThat(aTaskOn(aPlan(), TODAY).timing(TODAY)).isEqualTo(Timing.TODAY);
    }

    @Test
    void aDoneTaskIsNeverOverdue() {
        var task = aTaskOn(aPlan(), TODAY);
        task.tickOff(PARTICIPANT, NOW, null);

        assertThat(task.timing(TODAY.plusDays(10))).isEqualTo(Timing.DONE);
    }

    @Test
    void aTaskMovesToAnotherDayWithinThePeriod() {
        var task = aTaskOn(aPlan(), TODAY);

        task.change(new TaskDetails("Andere taak", TODAY.plusDays(3), new LearningItemRef("b7", "Les veilig werken", null)), TODAY);

        assertThat(task.plannedOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(task.item()).get().extracting(LearningItemRef::catalogueItemId).isEqualTo("b7");
        assertThatThrownBy(() -> task.change(new TaskDetails("x", TODAY.plusYears(1), null), TODAY)).isInstanceOf(InvalidField.class);
    }

    @Test
    void theCoachRecordsWorkAlreadyDoneBeforeThePlanStarted() {
        var goal = PlanFixtures.aGoalOf(aPlan());

        var task = goal.recordDoneTask(new TaskDetails("Zelf de bus genomen", TODAY.minusDays(10), null), PlanFixtures.COACH, NOW, TODAY);

        assertThat(task.isDone()).isTrue();
        assertThat(task.doneBy()).contains(PlanFixtures.COACH);
        assertThat(task.plannedOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(task.timing(TODAY)).isEqualTo(Timing.DONE);
        assertThat(goal.tasks()).contains(task);
    }

    @Test
    void workAlreadyDoneIsNeverDatedInTheFutureNorLongBeforeThePlan() {
        var goal = PlanFixtures.aGoalOf(aPlan());

        assertThatThrownBy(() -> goal.recordDoneTask(new TaskDetails("x", TODAY.plusDays(1), null), PlanFixtures.COACH, NOW, TODAY))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("day"));
        assertThatThrownBy(() -> goal.recordDoneTask(new TaskDetails("x", TODAY.minusYears(2), null), PlanFixtures.COACH, NOW, TODAY))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("day"));
    }

    @Test
    void aDoneTaskMayMoveToADayBeforeThePlanButAnOpenOneMayNot() {
        var goal = PlanFixtures.aGoalOf(aPlan());
        var done = goal.recordDoneTask(new TaskDetails("Gedaan", TODAY, null), PlanFixtures.COACH, NOW, TODAY);
        var open = aTaskOn(aPlan(), TODAY);

        done.change(new TaskDetails("Gedaan", TODAY.minusDays(3), null), TODAY);

        assertThat(done.plannedOn()).isEqualTo(TODAY.minusDays(3));
        assertThatThrownBy(() -> open.change(new TaskDetails("Open", TODAY.minusDays(3), null), TODAY)).isInstanceOf(InvalidField.class);
    }

    @Test
    void aNewPhotoReplacesTheOldOne() {
        var task = aTaskOn(aPlan(), TODAY);
        var photo = new TaskPhoto(task, Photo.of(PhotoTest.jpeg()), NOW);

        photo.replaceWith(task, Photo.of(PhotoTest.png()), NOW.plusSeconds(1));

        assertThat(photo.mediaType()).isEqualTo("image/png");
        assertThat(task.photoAt()).contains(NOW.plusSeconds(1));
    }
}
