package nl.groeipad.catalogue.entity;

import java.util.Locale;
import java.util.Optional;
import nl.groeipad.platform.entity.Published;

/**
 * What kind of learning material an item is. The kind decides whether it happens online (on a screen, may
 * have a web address) or offline (at the workplace, in a training room, in a talk with the coach).
 */
@Published
public enum ItemKind {
    /** An online lesson or a useful web page (e.g. on Oefenen.nl). */
    ONLINE_LESSON("online-lesson", true),
    /** An activity in the organisation's own LMS course (e.g. a Moodle quiz or H5P activity). */
    LMS_ACTIVITY("lms-activity", true),
    /** A video to watch. */
    VIDEO("video", true),
    /** Werkplekopdracht: an assignment done during the work itself. */
    WORKPLACE_ASSIGNMENT("workplace-assignment", false),
    /** A training or course day away from the screen. */
    OFFLINE_TRAINING("offline-training", false),
    /** Gesprek: a conversation, e.g. with the coach or a colleague. */
    CONVERSATION("conversation", false);

    private final String code;
    private final boolean online;

    ItemKind(String code, boolean online) {
        this.code = code;
        this.online = online;
    }

    public String code() {
        return code;
    }

    public boolean online() {
        return online;
    }

    public static Optional<ItemKind> byCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (var kind : values()) {
            if (kind.code.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
