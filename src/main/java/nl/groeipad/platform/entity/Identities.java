package nl.groeipad.platform.entity;

/** What every id of ours shares: a non-blank string that fits the 36-character id columns. */
final class Identities {
    static final int MAX_LENGTH = 36;

    private Identities() {
    }

    static boolean plausible(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_LENGTH;
    }
}
