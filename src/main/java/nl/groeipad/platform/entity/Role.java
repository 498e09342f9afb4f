package nl.groeipad.platform.entity;

/**
 * What a person may do in Groeipad. Roles come from the LMS with every launch (see {@code LisRoles} for
 * the mapping); Groeipad never grants a role itself.
 */
public enum Role {
    /** deelnemer: sees and works on their own plan only. */
    PARTICIPANT,
    /** begeleider: works with the participants of their courses. */
    COACH,
    /** beheerder: the organisation's functional administrator. */
    ADMIN;

    public boolean atLeastCoach() {
        return this == COACH || this == ADMIN;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
