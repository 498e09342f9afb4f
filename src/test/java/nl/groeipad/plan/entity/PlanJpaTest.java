package nl.groeipad.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.Enrolment;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.TenantOwned;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan's mapping over the real Flyway schema (V5 included) on in-memory H2 in MySQL mode, without a
 * container: a plan with goals, tasks and a photo is stored and read back in a tenant, and the coach's
 * summary query answers one row per plan with the right counts and next task.
 */
class PlanJpaTest {

    static final String URL = "jdbc:h2:mem:plan;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1";
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    static EntityManagerFactory emf;
    String tenant;
    Course course;
    LmsUser participant;

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("groeipad", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.target-database", "MySQL",
                "eclipselink.logging.level", "SEVERE"));
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @BeforeEach
    void aParticipantInACourse() throws SQLException {
        tenant = UUID.randomUUID().toString();
        try (var c = DriverManager.getConnection(URL, "sa", "");
             var insert = c.prepareStatement("insert into tenant (id, name, issuer, client_id, auth_url, jwks_url, kind, theme, created_at)"
                     + " values (?, 'T', ?, 'c', 'https://a', 'https://j', 'MANUAL', 'default', CURRENT_TIMESTAMP)")) {
            insert.setString(1, tenant);
            insert.setString(2, "https://lms/" + tenant);
            insert.executeUpdate();
        }
        participant = person("learner");
    }

    LmsUser person(String subject) {
        return inTransaction(em -> {
            var user = new LmsUser(subject + UUID.randomUUID(), NOW);
            if (course == null) {
                course = new Course("2", NOW);
                em.persist(course);
            }
            em.persist(user);
            em.flush();
            em.persist(new Enrolment(course, user, Role.PARTICIPANT, NOW));
            return user;
        });
    }

    @Test
    void aPlanWithGoalsTasksAndAPhotoIsStoredAndReadBack() {
        var planId = inTransaction(em -> {
            var plan = new Plan(course.id(), participant.id(), "coach", TODAY, TODAY.plusMonths(3), NOW);
            em.persist(plan);
            var goal = plan.addGoal(new GoalDetails("Ik vraag hulp", new CompetencyRef(UUID.randomUUID().toString(), "Hulp vragen"),
                    TargetLevel.B, TODAY.plusWeeks(4)), NOW);
            goal.planTask(new TaskDetails("Vraag je collega", TODAY, new LearningItemRef(null, "Filmpje", "https://example.org/f")), NOW);
            goal.planTask(new TaskDetails("Oefen het gesprek", TODAY.plusDays(1), null), NOW);
            return plan.id();
        });
        var taskId = inTransaction(em -> {
            var task = em.find(Plan.class, planId).tasks().getFirst();
            task.tickOff(participant.id(), NOW, "Het ging goed");
            em.persist(new TaskPhoto(task, Photo.of(PhotoTest.png()), NOW));
            return task.id();
        });

        inTransaction(em -> {
            var plan = em.createNamedQuery(Plan.OF_PARTICIPANT, Plan.class).setParameter("courseId", course.id())
                    .setParameter("participantId", participant.id()).getSingleResult();
            var goal = plan.goals().getFirst();
            assertThat(goal.level()).contains(TargetLevel.B);
            assertThat(goal.competency()).get().extracting(CompetencyRef::title).isEqualTo("Hulp vragen");
            assertThat(goal.tasks()).extracting(Task::title).containsExactly("Vraag je collega", "Oefen het gesprek");
            var task = goal.tasks().getFirst();
            assertThat(task.isDone()).isTrue();
            assertThat(task.note()).contains("Het ging goed");
            assertThat(task.hasPhoto()).isTrue();
            assertThat(task.item()).get().extracting(LearningItemRef::url).isEqualTo("https://example.org/f");
            assertThat(em.find(TaskPhoto.class, taskId).content()).isEqualTo(PhotoTest.png());
            assertThat(plan.lastActivityAt()).contains(NOW);
            var board = em.createNamedQuery(Task.BOARD, Task.class).setParameter("planId", planId)
                    .setParameter("today", TODAY).setParameter("horizon", TODAY.plusDays(7)).getResultList();
            assertThat(board).hasSize(2);
            return null;
        });
    }

    @Test
    void removingAGoalRemovesItsTasksAndTheirPhotos() {
        var planId = inTransaction(em -> {
            var plan = new Plan(course.id(), participant.id(), "coach", TODAY, TODAY.plusMonths(3), NOW);
            em.persist(plan);
            plan.addGoal(new GoalDetails("Op tijd", null, null, TODAY.plusWeeks(2)), NOW)
                    .planTask(new TaskDetails("Wekker zetten", TODAY, null), NOW);
            return plan.id();
        });
        inTransaction(em -> {
            var task = em.find(Plan.class, planId).tasks().getFirst();
            em.persist(new TaskPhoto(task, Photo.of(PhotoTest.jpeg()), NOW));
            return null;
        });

        inTransaction(em -> {
            var plan = em.find(Plan.class, planId);
            plan.removeGoal(plan.goals().getFirst());
            return null;
        });

        inTransaction(em -> {
            assertThat(em.find(Plan.class, planId).goals()).isEmpty();
            assertThat(em.createQuery("select count(t) from Task t", Long.class).getSingleResult()).isZero();
            assertThat(em.createQuery("select count(p) from TaskPhoto p", Long.class).getSingleResult()).isZero();
            return null;
        });
    }

    @Test
    void theSummaryQueryAnswersOneRowPerPlanWithCountsAndTheNextOpenTask() {
        var second = person("second");
        var third = person("third");
        inTransaction(em -> {
            var plan = new Plan(course.id(), participant.id(), "coach", TODAY.minusDays(10), TODAY.plusMonths(3), NOW);
            em.persist(plan);
            var goal = plan.addGoal(new GoalDetails("Doel", null, null, TODAY.plusWeeks(2)), NOW);
            goal.planTask(new TaskDetails("Te laat", TODAY.minusDays(2), null), NOW);
            goal.planTask(new TaskDetails("Gedaan", TODAY.minusDays(3), null), NOW).tickOff(participant.id(), NOW, null);
            goal.planTask(new TaskDetails("Later", TODAY.plusDays(3), null), NOW);
            plan.addGoal(new GoalDetails("Gehaald", null, null, TODAY.plusWeeks(2)), NOW).markAchieved("coach", NOW);
            var empty = new Plan(course.id(), second.id(), "coach", TODAY, TODAY.plusMonths(3), NOW);
            em.persist(empty);
            return null;
        });

        var rows = inTransaction(em -> em.createNamedQuery(Plan.SUMMARIES, Object[].class)
                .setParameter("courseId", course.id()).setParameter("today", TODAY)
                .setParameter("participantIds", List.of(participant.id(), second.id(), third.id())).getResultList());

        assertThat(rows).hasSize(2);
        var summaries = rows.stream().map(PlanSummary::of).toList();
        var full = summaries.stream().filter(r -> r.participantId().equals(participant.id())).findFirst().orElseThrow();
        assertThat(full).extracting(PlanSummary::goals, PlanSummary::goalsAchieved, PlanSummary::tasks,
                PlanSummary::tasksDone, PlanSummary::tasksOverdue).containsExactly(2, 1, 3, 1, 1);
        assertThat(full.nextTaskOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(full.nextTaskTitle()).isEqualTo("Te laat");
        assertThat(full.lastActivity()).contains(NOW);
        var none = summaries.stream().filter(r -> r.participantId().equals(second.id())).findFirst().orElseThrow();
        assertThat(none).extracting(PlanSummary::goals, PlanSummary::tasks, PlanSummary::tasksOverdue).containsExactly(0, 0, 0);
        assertThat(none.nextTaskTitle()).isNull();
        assertThat(none.nextTaskOn()).isNull();
    }

    @Test
    void theSummariesCountGoalsAndTasksPerPlanAndNameTheNextOpenTaskInOnePass() {
        var empty = participant;
        var goalOnly = person("goal-only");
        var busy = person("busy");
        var withoutPlan = person("no-plan");
        var next = inTransaction(em -> {
            em.persist(new Plan(course.id(), empty.id(), "coach", TODAY, TODAY.plusMonths(3), NOW));
            var second = new Plan(course.id(), goalOnly.id(), "coach", TODAY, TODAY.plusMonths(3), NOW);
            em.persist(second);
            second.addGoal(new GoalDetails("Alleen een doel", null, null, TODAY.plusWeeks(2)), NOW);
            var third = new Plan(course.id(), busy.id(), "coach", TODAY.minusDays(10), TODAY.plusMonths(3), NOW);
            em.persist(third);
            var achieved = third.addGoal(new GoalDetails("Gehaald", null, null, TODAY.plusWeeks(2)), NOW);
            achieved.planTask(new TaskDetails("Gedaan", TODAY.minusDays(3), null), NOW).tickOff(busy.id(), NOW, null);
            var open = third.addGoal(new GoalDetails("Bezig", null, null, TODAY.plusWeeks(3)), NOW);
            open.planTask(new TaskDetails("Te laat", TODAY.minusDays(1), null), NOW);
            open.planTask(new TaskDetails("Later", TODAY.plusDays(5), null), NOW);
            // Two open tasks on the same, earliest day: the one with the smaller id is next (as before the rewrite).
            var a = open.planTask(new TaskDetails("Vandaag A", TODAY.minusDays(2), null), NOW);
            var b = achieved.planTask(new TaskDetails("Vandaag B", TODAY.minusDays(2), null), NOW);
            achieved.markAchieved("coach", NOW);
            return a.id().compareTo(b.id()) < 0 ? a.title() : b.title();
        });

        var summaries = inTransaction(em -> em.createNamedQuery(Plan.SUMMARIES, Object[].class)
                .setParameter("courseId", course.id())
                .setParameter("participantIds", List.of(empty.id(), goalOnly.id(), busy.id(), withoutPlan.id()))
                .setParameter("today", TODAY).getResultList().stream().map(PlanSummary::of)
                .collect(java.util.stream.Collectors.toMap(PlanSummary::participantId, s -> s)));

        assertThat(summaries).containsOnlyKeys(empty.id(), goalOnly.id(), busy.id());
        assertThat(summaries.get(empty.id())).extracting(PlanSummary::goals, PlanSummary::tasks, PlanSummary::nextTaskOn,
                PlanSummary::nextTaskTitle).containsExactly(0, 0, null, null);
        assertThat(summaries.get(goalOnly.id())).extracting(PlanSummary::goals, PlanSummary::goalsAchieved, PlanSummary::tasks,
                PlanSummary::nextTaskTitle).containsExactly(1, 0, 0, null);
        var s = summaries.get(busy.id());
        assertThat(s.goals()).isEqualTo(2);
        assertThat(s.goalsAchieved()).isEqualTo(1);
        assertThat(s.tasks()).isEqualTo(5);
        assertThat(s.tasksDone()).isEqualTo(1);
        assertThat(s.tasksOverdue()).as("open tasks before today").isEqualTo(3);
        assertThat(s.nextTaskOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(s.nextTaskTitle()).isEqualTo(next);
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        try (var em = emf.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenant))) {
            em.getTransaction().begin();
            var result = work.apply(em);
            em.getTransaction().commit();
            return result;
        }
    }
}
