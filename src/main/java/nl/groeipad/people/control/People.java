package nl.groeipad.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.Enrolment;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Records who launched from where, and answers who takes part. All data goes through {@link TenantData},
 * so it is scoped to the tenant of the current request; who may ask is decided by {@link CourseAccess}.
 */
@ApplicationScoped
@Transactional
public class People {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    CourseAccess access;

    /** What a launch says about a person. */
    public record LaunchedPerson(String subject, PersonalDetails details, Role role, String contextId,
                                 String courseTitle, String courseLabel) {
    }

    /** The user and (if the launch came from a course) the course it was recorded under. */
    public record Membership(String userId, String courseId) {
    }

    public record Profile(LmsUser user, Course course) {
    }

    public record ParticipantSummary(String id, String name, Instant lastSeen) {
    }

    /** One page of a course's participants, most recently active first, and how many there are in all. */
    public record ParticipantPage(List<ParticipantSummary> participants, long total) {
    }

    /**
     * Finds or creates the user, the course and the enrolment of a launch. Someone already enrolled in the course (most
     * launches) is found with one statement; a first launch looks up and creates what is missing one by one. When two
     * first launches race (two people open a new course at the same moment) the loser meets a unique key: its
     * transaction rolls back with a {@link nl.groeipad.platform.control.UniqueKeyViolation} and the caller records it
     * again, finding the rows.
     */
    public Membership recordLaunch(LaunchedPerson person) {
        var now = clock.instant();
        var em = data.em();
        if (person.contextId() != null) {
            var enrolled = em.createNamedQuery(Enrolment.OF_LAUNCH, Object[].class)
                    .setParameter("subject", person.subject()).setParameter("contextId", person.contextId())
                    .getResultList();
            if (!enrolled.isEmpty()) {
                var row = enrolled.getFirst();
                var user = (LmsUser) row[0];
                var course = (Course) row[1];
                user.seen(person.details(), now);
                course.describedAs(person.courseTitle(), person.courseLabel());
                ((Enrolment) row[2]).launched(person.role(), now);
                return new Membership(user.id(), course.id());
            }
        }
        var user = em.createNamedQuery(LmsUser.BY_SUBJECT, LmsUser.class).setParameter("subject", person.subject())
                .getResultStream().findFirst().orElseGet(() -> {
                    var created = new LmsUser(person.subject(), now);
                    em.persist(created);
                    em.flush(); // rows without mapped relationships: insert in foreign-key order
                    return created;
                });
        user.seen(person.details(), now);
        if (person.contextId() == null) {
            return new Membership(user.id(), null);
        }
        var course = em.createNamedQuery(Course.BY_CONTEXT, Course.class).setParameter("contextId", person.contextId())
                .getResultStream().findFirst().orElseGet(() -> {
                    var created = new Course(person.contextId(), now);
                    em.persist(created);
                    em.flush();
                    return created;
                });
        course.describedAs(person.courseTitle(), person.courseLabel());
        em.createNamedQuery(Enrolment.OF, Enrolment.class)
                .setParameter("courseId", course.id()).setParameter("userId", user.id())
                .getResultStream().findFirst()
                .ifPresentOrElse(e -> e.launched(person.role(), now), () -> {
                    em.persist(new Enrolment(course, user, person.role(), now));
                    em.flush(); // a racing twin meets the unique key here, not at commit
                });
        return new Membership(user.id(), course.id());
    }

    public Profile profile(Session session) {
        var em = data.em();
        var user = Optional.ofNullable(em.find(LmsUser.class, session.userId()))
                .orElseThrow(() -> NotFound.of(Text.of("deze gebruiker", "this user")));
        var course = session.courseId() == null ? null : em.find(Course.class, session.courseId());
        return new Profile(user, course);
    }

    /** "Mijn deelnemers": the participants of the course a coach launched from, most recently active first. */
    public List<ParticipantSummary> participants(Session session, String courseId) {
        return participants(session, courseId, 0, null).participants();
    }

    /**
     * A page of "Mijn deelnemers" ({@code limit} null: all from {@code offset} on). Two statements for the
     * page whatever its size (the course, the page), plus one count when a limit is given.
     */
    public ParticipantPage participants(Session session, String courseId, int offset, Integer limit) {
        access.coachedCourse(session, courseId);
        var query = data.em().createNamedQuery(Enrolment.PEOPLE_IN_ROLE, Object[].class)
                .setParameter("courseId", courseId).setParameter("role", Role.PARTICIPANT)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE) // a list to show: no change-tracking copies
                .setFirstResult(Math.max(0, offset));
        if (limit != null) {
            query.setMaxResults(limit);
        }
        var page = query.getResultList().stream()
                .map(People::summary)
                .toList();
        var total = limit == null ? offset + page.size()
                : data.em().createNamedQuery(Enrolment.COUNT_IN_ROLE, Long.class)
                        .setParameter("courseId", courseId).setParameter("role", Role.PARTICIPANT).getSingleResult();
        return new ParticipantPage(page, total);
    }

    /** A row (user, last launch, launched): someone who never launched (known from the roster) was never seen. */
    private static ParticipantSummary summary(Object[] row) {
        var user = (LmsUser) row[0];
        return new ParticipantSummary(user.id(), user.displayName(), Boolean.TRUE.equals(row[2]) ? (Instant) row[1] : null);
    }

    /** Someone the LMS's roster (NRPS context membership) lists, with the role it gives. */
    public record RosterMember(String subject, PersonalDetails details, Role role, boolean active) {
    }

    /**
     * The course's roster as the LMS reported it (NRPS): everyone gets a user and an enrolment (those who never
     * launched: "nog niet gestart"); names, email and role from the LMS win; an Inactive member no longer shows in
     * "Mijn deelnemers". People the roster does not name are left as they are. In a transaction of the course's
     * organisation; the caller checked who may ask. Answers how many members were read.
     */
    public int recordRoster(String courseId, List<RosterMember> members, Instant now) {
        var em = data.em();
        var course = Optional.ofNullable(em.find(Course.class, courseId)).orElseThrow(() -> NotFound.of(CourseAccess.COURSE));
        var subjects = members.stream().map(RosterMember::subject).filter(s -> s != null && !s.isBlank() && s.length() <= 255)
                .distinct().toList();
        var users = new java.util.HashMap<String, LmsUser>();
        for (var chunk : chunks(subjects)) {
            em.createNamedQuery(LmsUser.BY_SUBJECTS, LmsUser.class).setParameter("subjects", chunk).getResultList()
                    .forEach(u -> users.put(u.subject(), u));
        }
        var enrolments = new java.util.HashMap<String, Enrolment>();
        em.createNamedQuery(Enrolment.OF_COURSE, Enrolment.class).setParameter("courseId", courseId).getResultList()
                .forEach(e -> enrolments.put(e.userId(), e));
        var seen = new java.util.LinkedHashMap<String, RosterMember>();
        for (var member : members) {
            if (member.subject() != null && !member.subject().isBlank() && member.subject().length() <= 255) {
                seen.putIfAbsent(member.subject(), member);
            }
        }
        for (var member : seen.values()) {
            var user = users.get(member.subject());
            if (user == null) {
                user = new LmsUser(member.subject(), now);
                em.persist(user);
                users.put(member.subject(), user);
            }
            user.namedByLms(member.details());
        }
        em.flush(); // rows without mapped relationships: users before their enrolments
        for (var member : seen.values()) {
            var user = users.get(member.subject());
            var status = member.active() ? "Active" : Enrolment.INACTIVE;
            var enrolment = enrolments.get(user.id());
            if (enrolment == null) {
                em.persist(Enrolment.fromRoster(course, user, member.role(), status, now));
            } else {
                enrolment.rostered(member.role(), status);
            }
        }
        course.rosterRefreshed(now);
        em.flush(); // a racing refresh or first launch meets the unique keys here
        return seen.size();
    }

    /** When the course's roster was last read from the LMS, if ever. */
    public Optional<Instant> rosterRefreshedAt(String courseId) {
        return Optional.ofNullable(data.em().find(Course.class, courseId)).map(Course::rosterRefreshedAt);
    }

    private static List<List<String>> chunks(List<String> all) {
        var result = new java.util.ArrayList<List<String>>();
        for (int i = 0; i < all.size(); i += 500) {
            result.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return result;
    }

    /** The platform's {@code sub} of a user of the current organisation (the userId AGS and NRPS speak of). */
    public Optional<String> subjectOf(String userId) {
        return userId == null ? Optional.empty() : Optional.ofNullable(data.em().find(LmsUser.class, userId)).map(LmsUser::subject);
    }

    /** One participant of the coach's course; 404 for anyone who is not a participant there. */
    public ParticipantSummary participant(Session session, String courseId, String userId) {
        access.coachedCourse(session, courseId);
        return data.em().createNamedQuery(Enrolment.PERSON_IN_ROLE, Object[].class)
                .setParameter("courseId", courseId).setParameter("userId", userId).setParameter("role", Role.PARTICIPANT)
                .getResultStream().findFirst()
                .map(People::summary)
                .orElseThrow(() -> NotFound.of(CourseAccess.PARTICIPANT));
    }

    /** A person's name to show and e-mail address (either may be null), as their LMS last sent them. */
    public record NameAndEmail(String name, String email) {
    }

    /**
     * The name and e-mail address of a person of the caller's organisation, for what a caller writes in that
     * person's name (a certificate, its recipient): the caller has checked its access first. Empty for an unknown id.
     */
    public Optional<NameAndEmail> nameAndEmail(String userId) {
        if (userId == null || userId.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(data.em().find(LmsUser.class, userId))
                .map(user -> new NameAndEmail(user.displayName(), user.email()));
    }
}
