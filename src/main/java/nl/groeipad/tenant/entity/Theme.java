package nl.groeipad.tenant.entity;

import java.util.Arrays;
import java.util.Optional;
import nl.groeipad.platform.entity.Published;

/** The look an organisation chooses; each value is a folder under {@code themes/} with CSS custom properties. */
@Published
public enum Theme {
    DEFAULT("default"),
    HIGH_CONTRAST("high-contrast");

    private final String folder;

    Theme(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static Optional<Theme> byFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }
}
