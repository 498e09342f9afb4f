package nl.groeipad.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/**
 * The identities of a plan, a goal and a task: values equal by their text, written as that text (in logs and
 * Location headers), never null. They hold any text a request names — an id that can be no id of ours simply finds
 * nothing, after the access check — so they refuse nothing else.
 */
class PlanIdsTest {

    private static final String ID = "0b6c1b6e-4d59-4e1a-9a63-2f6f3c1d8a10";

    @Test
    void anIdIsEqualToAnotherWithTheSameText() {
        assertThat(PlanId.of(ID)).isEqualTo(new PlanId(ID)).hasSameHashCodeAs(new PlanId(ID));
        assertThat(GoalId.of(ID)).isEqualTo(new GoalId(ID));
        assertThat(TaskId.of(ID)).isEqualTo(new TaskId(ID));
        assertThat(PlanId.of(ID)).isNotEqualTo(PlanId.of(ID.replace('0', '1')));
    }

    @Test
    void anIdIsWrittenAsItsText() {
        assertThat(PlanId.of(ID)).hasToString(ID);
        assertThat(GoalId.of(ID)).hasToString(ID);
        assertThat(TaskId.of(ID)).hasToString(ID);
    }

    @Test
    void anIdThatCanBeNoneOfOursIsStillAnIdThatFindsNothing() {
        assertThat(TaskId.of("x".repeat(300)).value()).hasSize(300);
    }

    @Test
    void thereIsNoIdWithoutText() {
        assertThatNullPointerException().isThrownBy(() -> PlanId.of(null)).withMessageContaining("plan id");
        assertThatNullPointerException().isThrownBy(() -> GoalId.of(null)).withMessageContaining("goal id");
        assertThatNullPointerException().isThrownBy(() -> TaskId.of(null)).withMessageContaining("task id");
    }
}
