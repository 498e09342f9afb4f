package nl.groeipad.observation.entity;

import java.util.Locale;

public enum ObservationStatus {
    OPEN, CONCLUDED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
