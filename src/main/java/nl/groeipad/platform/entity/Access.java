package nl.groeipad.platform.entity;

import java.util.Objects;

/**
 * Who may do what in Groeipad, as one table without a database: the caller's role, their relation to the
 * participant and course a thing belongs to, and the kind of work.
 *
 * <table>
 * <caption>Verdicts (✓ allowed, 403 forbidden, 404 as if it did not exist)</caption>
 * <tr><th>work</th><th>coach/admin of the course</th><th>coach/admin of another course</th>
 *     <th>the participant</th><th>another participant</th></tr>
 * <tr><td>{@link Work#READ} a participant's plan, task, photo</td><td>✓</td><td>404</td><td>✓</td><td>404</td></tr>
 * <tr><td>{@link Work#COACH} in a course, on a participant's plan, route, intake</td><td>✓</td><td>404</td>
 *     <td>403</td><td>403</td></tr>
 * <tr><td>{@link Work#OWN}: the participant's own work (tick a task, answer the intake)</td><td>403</td><td>403</td>
 *     <td>✓</td><td>404</td></tr>
 * <tr><td>{@link Work#ORGANISATION}: catalogue, route templates, frameworks</td><td>✓</td><td>✓</td><td>403</td>
 *     <td>403</td></tr>
 * <tr><td>{@link Work#ADMINISTRATION}: the organisation's theme and logo</td><td>admin ✓, coach 403</td>
 *     <td>admin ✓, coach 403</td><td>403</td><td>403</td></tr>
 * </table>
 *
 * <p>Two principles make the table: the role is checked first, so a caller whose role may never do a kind of
 * work hears so (403) before anything is looked up, which tells them nothing about what exists; and whoever
 * may do the work but not here — another course, another participant — learns nothing (404, as for an unknown
 * id). A coach or admin works in the course they launched from (the course of their session); a participant
 * acts only in their own name in the course they launched from. Tenants never meet at all: every lookup is
 * scoped by {@code TenantData}. Whether someone takes part in a course as a participant is a fact of the
 * database: {@code people.control.CourseAccess} adds it and is what features call.
 */
public final class Access {

    private Access() {
    }

    /** The kind of work a request does. */
    public enum Work {
        /** Read something of a participant in a course: their coach and they themselves. */
        READ,
        /** Coach work in a course: the participant list, a participant's plan, route or intake. */
        COACH,
        /** The participant's own work: tick off a task, answer the intake. */
        OWN,
        /** Coach work for the whole organisation: catalogue, route templates, competency frameworks. */
        ORGANISATION,
        /** The organisation's administration: its theme and logo. */
        ADMINISTRATION
    }

    /** What the table says. */
    public enum Verdict {
        ALLOWED,
        /** The caller's role may not do this kind of work: 403. */
        FORBIDDEN,
        /** Not for this caller, and they must not learn it exists: 404. */
        UNKNOWN
    }

    /**
     * Whose something is: a participant in a course. {@code participant} is null for the course itself (its
     * participant list, its routes).
     */
    public record Owner(CourseId course, UserId participant) {
        public Owner {
            Objects.requireNonNull(course, "course");
        }

        public static Owner course(CourseId course) {
            return new Owner(course, null);
        }
    }

    /** The verdict for work on something of {@code owner}; {@code owner} is null for organisation-wide work. */
    public static Verdict decide(Session session, Work work, Owner owner) {
        var coach = session.role().atLeastCoach();
        return switch (work) {
            case ORGANISATION -> coach ? Verdict.ALLOWED : Verdict.FORBIDDEN;
            case ADMINISTRATION -> session.role() == Role.ADMIN ? Verdict.ALLOWED : Verdict.FORBIDDEN;
            case COACH -> !coach ? Verdict.FORBIDDEN : inCourse(session, owner) ? Verdict.ALLOWED : Verdict.UNKNOWN;
            case OWN -> coach ? Verdict.FORBIDDEN : themselves(session, owner) ? Verdict.ALLOWED : Verdict.UNKNOWN;
            case READ -> (coach ? inCourse(session, owner) : themselves(session, owner)) ? Verdict.ALLOWED
                    : Verdict.UNKNOWN;
        };
    }

    /**
     * Throws unless the table allows it: {@link Problems.Forbidden} for 403, {@link Problems.NotFound} naming
     * {@code what} for 404.
     */
    public static void require(Session session, Work work, Owner owner, Text what) {
        switch (decide(session, work, owner)) {
            case ALLOWED -> {
            }
            case FORBIDDEN -> throw forbidden(work);
            case UNKNOWN -> throw Problems.NotFound.of(what);
        }
    }

    /**
     * 403 unless the caller's role may do this kind of work at all — for organisation-wide work the whole check;
     * for work in a course the check to make before anything is looked up, so the answer cannot depend on what
     * exists.
     */
    public static void requireRole(Session session, Work work) {
        if (decide(session, work, null) == Verdict.FORBIDDEN) {
            throw forbidden(work);
        }
    }

    private static Problems.Forbidden forbidden(Work work) {
        return work == Work.OWN ? Problems.Forbidden.onlyTheParticipant() : Problems.Forbidden.forRole();
    }

    private static boolean inCourse(Session session, Owner owner) {
        return owner != null && session.inCourse(owner.course().value());
    }

    private static boolean themselves(Session session, Owner owner) {
        return inCourse(session, owner) && owner.participant() != null
                && owner.participant().value().equals(session.userId());
    }
}
