package nl.groeipad.competency.control;

/**
 * A framework with its versions that matter now: the published one (the version in use) and the open draft,
 * either of which may be missing; {@code versions} counts all versions including superseded ones.
 */
public record FrameworkListing(String key, String title, FrameworkSummary published, FrameworkSummary draft,
                               int versions) {
}
