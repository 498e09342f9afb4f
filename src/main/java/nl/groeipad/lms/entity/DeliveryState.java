package nl.groeipad.lms.entity;

/** Where a score for the LMS is: waiting to be sent (again), in the LMS, or given up after the last retry. */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED
}
