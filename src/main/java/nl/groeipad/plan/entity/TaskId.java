package nl.groeipad.plan.entity;

import java.util.Objects;
import nl.groeipad.platform.entity.Published;

/**
 * Identity of a task under a goal of a plan. As with {@link PlanId}, one a request names may be text that finds no
 * task (404 after the access check).
 */
@Published
public record TaskId(String value) {

    public TaskId {
        Objects.requireNonNull(value, "task id");
    }

    public static TaskId of(String value) {
        return new TaskId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
