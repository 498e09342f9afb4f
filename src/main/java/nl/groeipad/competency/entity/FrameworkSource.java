package nl.groeipad.competency.entity;

/** Where a framework came from. */
public enum FrameworkSource {
    /** Written in Groeipad. */
    GROEIPAD,
    /** The demo framework that ships with Groeipad. */
    DEMO,
    /** Imported from a 1EdTech CASE 1.0 package. */
    CASE,
    /** Imported from a Moodle competency framework CSV. */
    MOODLE
}
