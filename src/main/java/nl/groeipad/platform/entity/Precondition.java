package nl.groeipad.platform.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import nl.groeipad.platform.entity.Problems.PreconditionRequired;
import nl.groeipad.platform.entity.Problems.StaleVersion;

/**
 * The version a change was made on, as the client says it in {@code If-Match} (RFC 9110 §13.1.1): optimistic
 * concurrency for every aggregate two people can edit.
 *
 * <p>A representation of such an aggregate carries its {@code version}, answered as {@code ETag: "<version>"}.
 * A change names the version it was made on in {@code If-Match: "<version>"} (a weak {@code W/"<version>"}, a
 * list of tags, or {@code *} for "whatever is stored" are understood too). Where the change needs a
 * precondition ({@link #required}) a missing header is refused (428); a version other than the stored one is
 * refused (412) with the stored version and its representation ({@link #check}), so that nobody's change is
 * silently lost. Where a precondition is optional ({@link #optional}: appends and idempotent state transitions)
 * a header that is sent is still checked. Both refusals happen in {@link #check}, once the aggregate was found
 * and the caller's access to it checked: an unknown id stays 404 and a role that may not change it 403,
 * with or without If-Match.
 */
public final class Precondition {

    private static final Precondition NONE = new Precondition(false, false, List.of());
    private static final Precondition MISSING = new Precondition(false, false, List.of());
    private static final Precondition ANY = new Precondition(true, true, List.of());

    private final boolean present;
    private final boolean any;
    /** The versions named; an entity tag that is no version is kept as null and matches nothing. */
    private final List<Integer> versions;

    private Precondition(boolean present, boolean any, List<Integer> versions) {
        this.present = present;
        this.any = any;
        this.versions = versions;
    }

    /** The {@code If-Match} header of a change that may not go without one: {@link #check} refuses (428) when it is missing. */
    public static Precondition required(String ifMatch) {
        var precondition = parse(ifMatch);
        return precondition.present ? precondition : MISSING;
    }

    /** The {@code If-Match} header of a change that may go without one (checked when it is sent). */
    public static Precondition optional(String ifMatch) {
        return parse(ifMatch);
    }

    /** No precondition: for changes made by the application itself, never on a person's behalf. */
    public static Precondition none() {
        return NONE;
    }

    /** The header as sent; several headers arrive joined by commas. */
    static Precondition parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return NONE;
        }
        var versions = new ArrayList<Integer>();
        for (var raw : ifMatch.split(",")) {
            var tag = raw.strip();
            if (tag.equals("*")) {
                return ANY;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            versions.add(version(tag));
        }
        return new Precondition(true, false, versions);
    }

    private static Integer version(String tag) {
        if (tag.isEmpty() || tag.length() > 10 || !tag.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    public boolean isPresent() {
        return present;
    }

    /** True when a change without a required precondition must be refused (428). */
    public boolean isMissing() {
        return this == MISSING;
    }

    /** True when the change may go ahead on an aggregate stored at {@code version} (a missing one never may). */
    public boolean matches(int version) {
        return !isMissing() && (!present || any || versions.contains(version));
    }

    /**
     * Lets the change go ahead on an aggregate stored at {@code version}, or refuses it (412) naming what
     * changed and with the stored representation, so the person sees the newest version.
     *
     * @param what    the aggregate as a person names it, e.g. "het doel ‘Op tijd komen’" / "the goal ‘…’"
     * @param current the stored representation, built only when the change is refused
     */
    public void check(int version, Text what, Supplier<?> current) {
        if (isMissing()) {
            throw new PreconditionRequired();
        }
        if (!matches(version)) {
            throw new StaleVersion(what, sentVersion(), version, Objects.requireNonNull(current.get()));
        }
    }

    /** The one version the client named, if it named exactly one. */
    OptionalInt sentVersion() {
        return versions.size() == 1 && versions.getFirst() != null ? OptionalInt.of(versions.getFirst())
                : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return isMissing() ? "If-Match missing" : !present ? "If-Match absent" : any ? "If-Match *" : "If-Match " + versions;
    }
}
