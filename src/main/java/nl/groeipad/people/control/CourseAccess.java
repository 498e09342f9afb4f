package nl.groeipad.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.Enrolment;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Access;
import nl.groeipad.platform.entity.Access.Owner;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.CourseId;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.UserId;

/**
 * The access policy every feature asks: is this session a coach of this course, the participant themselves, an
 * admin of the organisation — and may it therefore do this? The table of who may do what is {@link Access};
 * this bean adds the one fact it needs from the database (who takes part in a course as a participant) and
 * raises the problems: 403 when the caller's role may never do this kind of work, 404 for what the caller must not
 * learn exists.
 *
 * <p>How features use it:
 * <ul>
 * <li>organisation-wide coach work (catalogue, route templates, frameworks): {@link #requireCoach};</li>
 * <li>coach work in a course, addressed by course and participant: {@link #coachedCourse},
 * {@link #participantOf};</li>
 * <li>the participant's own work in the course they launched from: {@link #self};</li>
 * <li>something found by its id that belongs to a participant (a plan, goal, task, intake, personal route):
 * {@link #require(Session, Owner, Work, Text)} with the thing's {@link Owner}.</li>
 * </ul>
 * Callers run in a transaction; lookups are scoped to the tenant by {@link TenantData}.
 */
@ApplicationScoped
public class CourseAccess {

    static final Text COURSE = Text.of("deze cursus", "this course");
    static final Text PARTICIPANT = Text.of("deze deelnemer", "this participant");

    @Inject
    TenantData data;

    /** Coach work for the whole organisation (catalogue, route templates, frameworks): 403 for participants. */
    public void requireCoach(Session session) {
        Access.requireRole(session, Work.ORGANISATION);
    }

    /** The organisation's administration (theme, logo): 403 for everyone but its admins. */
    public void requireAdmin(Session session) {
        Access.requireRole(session, Work.ADMINISTRATION);
    }

    /**
     * 403 unless the caller's role may do this kind of work at all. Call it before looking up what the request
     * names, then {@link #require(Session, Owner, Work, Text)} with what was found: so a participant hears 403 for
     * a coach's action whether or not the id exists.
     */
    public void requireRole(Session session, Work work) {
        Access.requireRole(session, work);
    }

    /** Whether the caller does coach work in the organisation (coaches and admins): they also see drafts. */
    public boolean isCoach(Session session) {
        return Access.decide(session, Work.ORGANISATION, null) == Access.Verdict.ALLOWED;
    }

    /**
     * The course named in a request, for coach work in it: 403 for a participant, 404 unless it is the caller's
     * course and exists in the caller's organisation.
     */
    public CourseId coachedCourse(Session session, String courseId) {
        var course = courseToCoach(session, courseId);
        if (data.em().find(Course.class, course.value()) == null) {
            throw NotFound.of(COURSE);
        }
        return course;
    }

    /**
     * A participant of the caller's course, for coach work on what is theirs: 403 for a participant, 404 for another
     * course and for anyone who does not take part in this course as a participant (their latest launch there).
     */
    public Owner participantOf(Session session, String courseId, String userId) {
        var course = courseToCoach(session, courseId);
        var participant = UserId.parse(userId).filter(user -> isParticipant(course, user))
                .orElseThrow(() -> NotFound.of(PARTICIPANT));
        return new Owner(course, participant);
    }

    /**
     * The caller as a participant in the course they launched from, for their own work: 403 for coaches and admins,
     * 404 for a launch outside a course.
     */
    public Owner self(Session session) {
        Access.requireRole(session, Work.OWN);
        var owner = session.course().map(course -> new Owner(course, session.user())).orElse(null);
        Access.require(session, Work.OWN, owner, COURSE);
        return owner;
    }

    /** Throws unless the caller may do this work on something of {@code owner}; {@code what} names it for a 404. */
    public void require(Session session, Owner owner, Work work, Text what) {
        Access.require(session, work, owner, what);
    }

    /** Whether the caller is a coach (or admin) of this course: they launched from it. */
    public boolean coachesIn(Session session, String courseId) {
        return CourseId.parse(courseId).map(course -> allows(session, Owner.course(course), Work.COACH)).orElse(false);
    }

    /** Whether the caller may do this work on something of {@code owner}. */
    public boolean allows(Session session, Owner owner, Work work) {
        return Access.decide(session, work, owner) == Access.Verdict.ALLOWED;
    }

    private static CourseId courseToCoach(Session session, String courseId) {
        Access.requireRole(session, Work.COACH); // a participant hears 403 whatever the course
        var course = CourseId.parse(courseId).orElseThrow(() -> NotFound.of(COURSE));
        Access.require(session, Work.COACH, Owner.course(course), COURSE);
        return course;
    }

    /** True when the person takes part in the course as a participant: their latest launch there said so. */
    boolean isParticipant(CourseId course, UserId user) {
        return data.em().createNamedQuery(Enrolment.OF, Enrolment.class)
                .setParameter("courseId", course.value()).setParameter("userId", user.value())
                .getResultStream().anyMatch(e -> e.role() == Role.PARTICIPANT);
    }
}
