package nl.groeipad.competency.entity;

/** Where a framework version is in its life: being written, in use, or replaced by a newer published version. */
public enum FrameworkStatus {
    /** Being written; only drafts can be changed. At most one draft per framework. */
    DRAFT,
    /** The version in use; never changed again. At most one per framework. */
    PUBLISHED,
    /** Replaced by a newer published version; still read by whatever pointed at it. */
    SUPERSEDED
}
