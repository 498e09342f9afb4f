package nl.groeipad.intake.entity;

import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The intake aggregate through the real persistence unit on the real Flyway schema (V6 on H2 in MySQL mode):
 * questions in order, answers and observations come back as stored, and another tenant sees nothing.
 */
class IntakeJpaTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private record People(String courseId, String participantId, String coachId) {
    }

    private static People people(TenantId tenant) {
        return inTenantTransaction(tenant, em -> {
            var course = new Course("ctx-" + UUID.randomUUID(), NOW);
            var participant = new LmsUser("learner-" + UUID.randomUUID(), NOW);
            var coach = new LmsUser("coach-" + UUID.randomUUID(), NOW);
            em.persist(course);
            em.persist(participant);
            em.persist(coach);
            return new People(course.id(), participant.id(), coach.id());
        });
    }

    private static Intake intake(People people) {
        return new Intake(people.courseId(), people.participantId(), UUID.randomUUID().toString(), people.coachId(),
                List.of(new Intake.QuestionRef("ind-1", "comp-1"), new Intake.QuestionRef("ind-2", "comp-1"),
                        new Intake.QuestionRef("ind-3", "comp-2")), NOW);
    }

    @Test
    void answersAndObservationsComeBackAsStored() {
        var tenant = InMemoryDatabase.newTenant();
        var people = people(tenant);
        var id = inTenantTransaction(tenant, em -> {
            var intake = intake(people);
            intake.answer("ind-1", SelfAssessment.NOT_YET, NOW);
            intake.answer("ind-3", SelfAssessment.ALREADY, NOW);
            intake.observe("ind-2", Score.of(3), "Doet het met een beetje hulp.", people.coachId(), NOW);
            em.persist(intake);
            return intake.id();
        });

        inTenant(tenant, em -> {
            var intake = em.find(Intake.class, id);
            assertThat(intake.questions()).extracting(IntakeQuestion::indicatorId).containsExactly("ind-1", "ind-2", "ind-3");
            assertThat(intake.questions()).extracting(q -> q.answer().orElse(null))
                    .containsExactly(SelfAssessment.NOT_YET, null, SelfAssessment.ALREADY);
            assertThat(intake.nextQuestion()).contains(1);
            assertThat(intake.observationOf("ind-2")).get().satisfies(o -> {
                assertThat(o.score()).isEqualTo(Score.of(3));
                assertThat(o.note()).isEqualTo("Doet het met een beetje hulp.");
                assertThat(o.competencyKey()).isEqualTo("comp-1");
            });
            assertThat(intake.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
            return null;
        });
    }

    @Test
    void theLatestIntakeOfAParticipantComesFirst() {
        var tenant = InMemoryDatabase.newTenant();
        var people = people(tenant);
        inTenantTransaction(tenant, em -> {
            var first = new Intake(people.courseId(), people.participantId(), "fw", people.coachId(),
                    List.of(new Intake.QuestionRef("a", "c")), NOW);
            var second = new Intake(people.courseId(), people.participantId(), "fw", people.coachId(),
                    List.of(new Intake.QuestionRef("a", "c")), NOW.plusSeconds(3600));
            em.persist(first);
            em.persist(second);
            return null;
        });

        var startedAt = inTenant(tenant, em -> em.createNamedQuery(Intake.OF_PARTICIPANT, Intake.class)
                .setParameter("courseId", people.courseId()).setParameter("participantId", people.participantId())
                .getResultList().stream().map(Intake::startedAt).toList());

        assertThat(startedAt).containsExactly(NOW.plusSeconds(3600), NOW);
    }

    @Test
    void anotherTenantDoesNotSeeTheIntake() {
        var tenant = InMemoryDatabase.newTenant();
        var other = InMemoryDatabase.newTenant();
        var people = people(tenant);
        var id = inTenantTransaction(tenant, em -> {
            var intake = intake(people);
            em.persist(intake);
            return intake.id();
        });

        Intake found = inTenant(other, em -> em.find(Intake.class, id));
        List<Intake> listed = inTenant(other, em -> em.createNamedQuery(Intake.OF_PARTICIPANT, Intake.class)
                .setParameter("courseId", people.courseId()).setParameter("participantId", people.participantId())
                .getResultList());
        assertThat(found).isNull();
        assertThat(listed).isEmpty();
    }
}
