package nl.groeipad.platform.entity;

/**
 * A representation of an aggregate two people can edit, carrying the aggregate's version: the API answers it
 * as {@code ETag: "<version>"} and expects it back in {@code If-Match} on a change (see {@link Precondition}).
 * The version rises with every change the representation shows.
 */
public interface Versioned {

    /** The aggregate's version as this representation shows it (its JSON member {@code version}, or {@code revision}). */
    int entityVersion();
}
