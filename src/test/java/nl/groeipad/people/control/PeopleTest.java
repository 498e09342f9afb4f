package nl.groeipad.people.control;

import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import nl.groeipad.people.control.People.LaunchedPerson;
import nl.groeipad.people.control.People.Membership;
import nl.groeipad.people.control.People.ParticipantSummary;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.Enrolment;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Problems.Forbidden;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Who launched from where, and who takes part: {@link People} on the real schema (in-memory H2), each call in
 * its own resource-local transaction with an entity manager of one tenant, as {@code TenantData} provides.
 */
class PeopleTest {

    static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");

    final TenantId tenant = newTenant();
    Instant now = MONDAY;

    /** deelnemer1 opens Groeipad from course WPO Demo, as in the Moodle capture. */
    static LaunchedPerson learner(String subject) {
        return new LaunchedPerson(subject, new PersonalDetails("Deelnemer", "Een", "Deelnemer Een",
                "deelnemer1@example.com", "en"), Role.PARTICIPANT, "2", "WPO Demo", "WPO1");
    }

    static LaunchedPerson coach(String subject) {
        return new LaunchedPerson(subject, new PersonalDetails("Coach", "One", "Coach One", "coach1@example.com", "en"),
                Role.COACH, "2", "WPO Demo", "WPO1");
    }

    <T> T inTransaction(TenantId tenantId, Function<People, T> work) {
        return InMemoryDatabase.inTenantTransaction(tenantId, em -> {
            var people = new People();
            people.clock = Clock.fixed(now, ZoneOffset.UTC);
            people.data = new TenantData() {
                @Override
                public EntityManager em() {
                    return em;
                }
            };
            people.access = new CourseAccess();
            people.access.data = people.data;
            return work.apply(people);
        });
    }

    Membership launch(LaunchedPerson person) {
        return inTransaction(tenant, people -> people.recordLaunch(person));
    }

    Session sessionOf(Membership membership, Role role) {
        return new Session(tenant, membership.userId(), role, membership.courseId(), "nl", now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void recordsThePersonTheCourseAndTheEnrolmentAtTheFirstLaunch() {
        var membership = launch(learner("4"));

        inTenant(tenant, em -> {
            var user = em.find(LmsUser.class, membership.userId());
            assertThat(user.subject()).isEqualTo("4");
            assertThat(user.displayName()).isEqualTo("Deelnemer Een");
            assertThat(user.email()).isEqualTo("deelnemer1@example.com");
            var course = em.find(Course.class, membership.courseId());
            assertThat(course.contextId()).isEqualTo("2");
            assertThat(course.title()).isEqualTo("WPO Demo");
            assertThat(course.label()).isEqualTo("WPO1");
            assertThat(enrolment(em, membership).role()).isEqualTo(Role.PARTICIPANT);
            return null;
        });
    }

    @Test
    void recognisesThePersonAndTheCourseAtTheNextLaunch() {
        var first = launch(learner("4"));
        now = MONDAY.plus(Duration.ofDays(1));

        var next = launch(learner("4"));

        assertThat(next).isEqualTo(first);
        var users = inTenant(tenant, em -> em.createQuery("select u from LmsUser u", LmsUser.class).getResultList());
        assertThat(users).singleElement().extracting(LmsUser::lastSeenAt).isEqualTo(now);
    }

    @Test
    void recordsWhatTheNextLaunchOfSomeoneEnrolledSays() {
        var first = launch(learner("4"));
        now = MONDAY.plus(Duration.ofDays(1));

        var next = launch(new LaunchedPerson("4", new PersonalDetails("Deelnemer", "Twee", "Deelnemer Twee",
                "deelnemer2@example.com", "nl"), Role.COACH, "2", "WPO Demo 2027", "WPO2"));

        assertThat(next).isEqualTo(first);
        inTenant(tenant, em -> {
            var user = em.find(LmsUser.class, next.userId());
            assertThat(user.displayName()).isEqualTo("Deelnemer Twee");
            assertThat(user.email()).isEqualTo("deelnemer2@example.com");
            assertThat(user.lastSeenAt()).isEqualTo(now);
            var course = em.find(Course.class, next.courseId());
            assertThat(course.title()).isEqualTo("WPO Demo 2027");
            assertThat(course.label()).isEqualTo("WPO2");
            var enrolment = enrolment(em, next);
            assertThat(enrolment.role()).isEqualTo(Role.COACH);
            assertThat(enrolment.lastLaunchAt()).isEqualTo(now);
            return null;
        });
    }

    @Test
    void enrolsSomeoneKnownFromAnotherCourseInTheNewCourse() {
        var first = launch(learner("4"));

        var other = launch(new LaunchedPerson("4", learner("4").details(), Role.PARTICIPANT, "3", "Metaal", "MT1"));

        assertThat(other.userId()).isEqualTo(first.userId());
        assertThat(other.courseId()).isNotEqualTo(first.courseId());
        inTenant(tenant, em -> {
            assertThat(enrolment(em, other).role()).isEqualTo(Role.PARTICIPANT);
            assertThat(em.createQuery("select e from Enrolment e", Enrolment.class).getResultList()).hasSize(2);
            return null;
        });
    }

    @Test
    void followsTheRoleOfTheLatestLaunch() {
        var membership = launch(learner("4"));

        launch(new LaunchedPerson("4", learner("4").details(), Role.COACH, "2", null, null));

        var role = inTenant(tenant, em -> enrolment(em, membership).role());

        assertThat(role).isEqualTo(Role.COACH);
    }

    @Test
    void keepsWhatThePlatformDidNotSendAgain() {
        var membership = launch(learner("4"));

        launch(new LaunchedPerson("4", new PersonalDetails(null, null, null, null, null), Role.PARTICIPANT, "2",
                null, null));

        inTenant(tenant, em -> {
            assertThat(em.find(LmsUser.class, membership.userId()).displayName()).isEqualTo("Deelnemer Een");
            assertThat(em.find(Course.class, membership.courseId()).title()).isEqualTo("WPO Demo");
            return null;
        });
    }

    @Test
    void recordsALaunchFromOutsideACourseWithoutCourse() {
        var membership = launch(new LaunchedPerson("4", learner("4").details(), Role.PARTICIPANT, null, null, null));

        assertThat(membership.userId()).isNotNull();
        assertThat(membership.courseId()).isNull();
    }

    @Test
    void showsTheProfileOfThePersonAndTheirCourse() {
        var membership = launch(learner("4"));

        var profile = inTransaction(tenant, people -> people.profile(sessionOf(membership, Role.PARTICIPANT)));

        assertThat(profile.user().subject()).isEqualTo("4");
        assertThat(profile.course().contextId()).isEqualTo("2");
    }

    @Test
    void listsTheParticipantsOfTheCoachsCourseMostRecentlyActiveFirst() {
        var early = launch(learner("4"));
        now = MONDAY.plusSeconds(60);
        var later = launch(learner("5"));
        var coach = launch(coach("3"));

        var participants = inTransaction(tenant, people -> people.participants(sessionOf(coach, Role.COACH),
                coach.courseId()));

        assertThat(participants).extracting(ParticipantSummary::id).containsExactly(later.userId(), early.userId());
        assertThat(participants.getFirst().lastSeen()).isEqualTo(MONDAY.plusSeconds(60));
    }

    @Test
    void refusesTheListOfParticipantsToAParticipant() {
        var membership = launch(learner("4"));

        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> inTransaction(tenant,
                people -> people.participants(sessionOf(membership, Role.PARTICIPANT), membership.courseId())));
    }

    @Test
    void refusesTheListOfACourseTheCoachDidNotLaunchFrom() {
        var coach = launch(coach("3"));
        var otherCourse = launch(new LaunchedPerson("4", learner("4").details(), Role.PARTICIPANT, "7", "Other", "O"));

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> inTransaction(tenant,
                people -> people.participants(sessionOf(coach, Role.COACH), otherCourse.courseId())));
    }

    @Test
    void recordsTheSamePersonAndCourseIdsOfAnotherTenantAsItsOwnRows() {
        var ofA = launch(learner("4"));
        var b = newTenant();
        now = MONDAY.plus(Duration.ofDays(1));

        var ofB = inTransaction(b, people -> people.recordLaunch(learner("4")));
        var againInB = inTransaction(b, people -> people.recordLaunch(learner("4")));

        assertThat(ofB.userId()).isNotEqualTo(ofA.userId());
        assertThat(ofB.courseId()).isNotEqualTo(ofA.courseId());
        assertThat(againInB).isEqualTo(ofB);
        var seenInA = inTenant(tenant, em -> em.find(LmsUser.class, ofA.userId()).lastSeenAt());
        assertThat(seenInA).isEqualTo(MONDAY);
    }

    @Test
    void doesNotKnowTheCourseOfAnotherTenantEvenByItsId() {
        var courseOfA = launch(learner("4")).courseId();
        var b = newTenant();
        var coachOfB = new Session(b, "coach-of-b", Role.COACH, courseOfA, "nl", now.plusSeconds(60));

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> inTransaction(b,
                people -> people.participants(coachOfB, courseOfA)));
    }

    static Enrolment enrolment(EntityManager em, Membership membership) {
        List<Enrolment> found = em.createNamedQuery(Enrolment.OF, Enrolment.class)
                .setParameter("courseId", membership.courseId()).setParameter("userId", membership.userId())
                .getResultList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
