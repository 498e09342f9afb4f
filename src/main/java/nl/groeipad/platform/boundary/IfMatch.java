package nl.groeipad.platform.boundary;

/**
 * The words of the API description for optimistic concurrency (contract 1), one place for every resource: a
 * change to an aggregate two people can edit names the version it was made on in {@code If-Match}; see
 * {@code nl.groeipad.platform.entity.Precondition} and docs/concurrency.md.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static final String HEADER = "If-Match";

    /** For a change that builds on what the person read (a replacement, a removal): the header is required. */
    public static final String REQUIRED = "Required. The version this change was made on: the ETag of the aggregate "
            + "as read (\"3\"; W/\"3\" and a list are understood). Missing: 428 precondition-required. Not the stored "
            + "version any more: 412 stale-version with currentVersion and current (the stored representation); "
            + "nothing is changed.";

    /** For an append or an idempotent state transition: no precondition needed, but one that is sent is checked. */
    public static final String OPTIONAL = "Optional: this change needs no precondition (it appends, or it is an "
            + "idempotent state transition that does not build on what was read). When sent, it is checked: 412 "
            + "stale-version with currentVersion and current when it is not the stored version.";

    public static final String STALE = "Someone else changed it since the version in If-Match: problem stale-version "
            + "with currentVersion and current; ETag names the stored version";

    public static final String MISSING = "No If-Match: problem precondition-required";
}
