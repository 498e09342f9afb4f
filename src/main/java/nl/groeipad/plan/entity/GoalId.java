package nl.groeipad.plan.entity;

import java.util.Objects;
import nl.groeipad.platform.entity.Published;

/**
 * Identity of a goal of a plan. As with {@link PlanId}, one a request names may be text that finds no goal (404
 * after the access check).
 */
@Published
public record GoalId(String value) {

    public GoalId {
        Objects.requireNonNull(value, "goal id");
    }

    public static GoalId of(String value) {
        return new GoalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
