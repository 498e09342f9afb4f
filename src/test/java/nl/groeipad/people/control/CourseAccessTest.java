package nl.groeipad.people.control;

import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import nl.groeipad.people.control.People.LaunchedPerson;
import nl.groeipad.people.control.People.Membership;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Access.Owner;
import nl.groeipad.platform.entity.CourseId;
import nl.groeipad.platform.entity.Problems.Forbidden;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.UserId;
import org.junit.jupiter.api.Test;

/**
 * The access policy's facts from the database, on the real schema (in-memory H2): who takes part in a course as a
 * participant, and whether a course exists in the caller's organisation. The rules themselves: {@code AccessTest}.
 */
class CourseAccessTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    final TenantId tenant = newTenant();

    final Membership coach = launch(tenant, "coach", Role.COACH, "wpo");
    final Membership ada = launch(tenant, "ada", Role.PARTICIPANT, "wpo");
    final Membership bo = launch(tenant, "bo", Role.PARTICIPANT, "other-course");

    @Test
    void aCoachReachesAParticipantOfTheirCourse() {
        var owner = inTransaction(tenant, access -> access.participantOf(session(coach, Role.COACH), coach.courseId(),
                ada.userId()));

        assertThat(owner).isEqualTo(new Owner(CourseId.of(ada.courseId()), UserId.of(ada.userId())));
    }

    @Test
    void someoneWhoIsNoParticipantOfTheCourseIsUnknownToItsCoach() {
        var asCoach = session(coach, Role.COACH);

        for (var stranger : new String[] {bo.userId(), coach.userId(), "no-such-person", "", null,
                "x".repeat(37)}) {
            assertThatExceptionOfType(NotFound.class).as(stranger).isThrownBy(() -> inTransaction(tenant,
                    access -> access.participantOf(asCoach, coach.courseId(), stranger)));
        }
    }

    @Test
    void aCoachOfAnotherCourseDoesNotFindTheCourseAndAParticipantMayNotAsk() {
        var coachElsewhere = launch(tenant, "coach-2", Role.COACH, "other-course");

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> inTransaction(tenant,
                access -> access.participantOf(session(coachElsewhere, Role.COACH), coach.courseId(), ada.userId())));
        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> inTransaction(tenant,
                access -> access.participantOf(session(ada, Role.PARTICIPANT), ada.courseId(), ada.userId())));
        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> inTransaction(tenant,
                access -> access.coachedCourse(session(ada, Role.PARTICIPANT), "no-such-course")));
    }

    @Test
    void aCourseOfAnotherOrganisationDoesNotExistEvenForASessionThatNamesIt() {
        var b = newTenant();
        var coachOfB = new Session(b, "coach-of-b", Role.COACH, coach.courseId(), "nl", NOW.plusSeconds(60));

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> inTransaction(b,
                access -> access.coachedCourse(coachOfB, coach.courseId())));
        CourseId found = inTransaction(tenant, access -> access.coachedCourse(session(coach, Role.COACH), coach.courseId()));
        assertThat(found).isEqualTo(CourseId.of(coach.courseId()));
    }

    @Test
    void theParticipantThemselvesActInTheCourseTheyLaunchedFrom() {
        Owner self = inTransaction(tenant, access -> access.self(session(ada, Role.PARTICIPANT)));
        assertThat(self).isEqualTo(new Owner(CourseId.of(ada.courseId()), UserId.of(ada.userId())));
        assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> inTransaction(tenant,
                access -> access.self(session(coach, Role.COACH))));
        var outsideACourse = new Session(tenant, ada.userId(), Role.PARTICIPANT, null, "nl", NOW.plusSeconds(60));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> inTransaction(tenant,
                access -> access.self(outsideACourse)));
    }

    Session session(Membership membership, Role role) {
        return new Session(tenant, membership.userId(), role, membership.courseId(), "nl", NOW.plusSeconds(1800));
    }

    <T> T inTransaction(TenantId tenantId, Function<CourseAccess, T> work) {
        return InMemoryDatabase.inTenantTransaction(tenantId, em -> work.apply(accessOver(em)));
    }

    static CourseAccess accessOver(EntityManager em) {
        var access = new CourseAccess();
        access.data = new TenantData() {
            @Override
            public EntityManager em() {
                return em;
            }
        };
        return access;
    }

    static Membership launch(TenantId tenant, String subject, Role role, String contextId) {
        return InMemoryDatabase.inTenantTransaction(tenant, em -> {
            var people = new People();
            people.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            people.data = accessOver(em).data;
            return people.recordLaunch(new LaunchedPerson(subject, new PersonalDetails(subject, null, subject, null,
                    "nl"), role, contextId, "Cursus " + contextId, contextId));
        });
    }
}
