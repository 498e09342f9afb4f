package nl.groeipad.plan.entity;

/** Where an intermediate goal stands: still being worked on, or achieved (as the coach judged). */
public enum GoalStatus {
    OPEN, ACHIEVED
}
