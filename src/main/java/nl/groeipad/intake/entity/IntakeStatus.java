package nl.groeipad.intake.entity;

import java.util.Locale;

/** Where an intake stands: the participant is still answering, or has answered every question. */
public enum IntakeStatus {
    IN_PROGRESS, COMPLETED;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
