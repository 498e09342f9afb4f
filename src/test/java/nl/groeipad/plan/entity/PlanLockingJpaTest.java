package nl.groeipad.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.TenantOwned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan's versions and lock over the real schema (V7 included) on H2 in MySQL mode, with the same lookup the
 * control beans use ({@link TenantData#findForChange}, then {@link TenantData#willChange}): every change inside
 * a plan raises the plan's version,
 * goals and tasks raise their own only when they change themselves, and two writers of one plan take turns,
 * the second reading what the first committed.
 */
class PlanLockingJpaTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    TenantId tenant;
    String planId;

    @BeforeEach
    void aPlanOfAParticipant() {
        tenant = InMemoryDatabase.newTenant();
        planId = inTransaction(em -> {
            var course = new Course("c-" + UUID.randomUUID(), NOW);
            var user = new LmsUser("learner-" + UUID.randomUUID(), NOW);
            em.persist(course);
            em.persist(user);
            var plan = new Plan(course.id(), user.id(), "coach", TODAY, TODAY.plusMonths(3), NOW);
            em.persist(plan);
            return plan.id();
        });
    }

    @Test
    void aStoredPlanStartsAtVersionOneAndEveryChangeInsideItRaisesIt() {
        assertThat(storedVersion()).isEqualTo(1);

        var afterGoal = inTransaction(em -> {
            var plan = forChange(em);
            var goal = plan.addGoal(new GoalDetails("Op tijd komen", null, null, TODAY.plusWeeks(2)), NOW);
            goal.planTask(new TaskDetails("Wekker zetten", TODAY, null), NOW);
            em.flush();
            return new int[] {plan.version(), goal.version(), goal.tasks().getFirst().version()};
        });
        assertThat(afterGoal).containsExactly(2, 1, 1);

        var afterTick = inTransaction(em -> {
            var plan = forChange(em);
            var goal = plan.goals().getFirst();
            plan.tasks().getFirst().tickOff("learner", NOW, null);
            em.flush();
            return new int[] {plan.version(), goal.version(), plan.tasks().getFirst().version()};
        });
        assertThat(afterTick).as("a tick raises the task's and the plan's version, not the goal's").containsExactly(3, 1, 2);

        var afterRewording = inTransaction(em -> {
            var plan = forChange(em);
            var goal = plan.goals().getFirst();
            goal.change(new GoalDetails("Elke dag op tijd komen", null, null, TODAY.plusWeeks(3)));
            em.flush();
            return new int[] {plan.version(), goal.version(), plan.tasks().getFirst().version()};
        });
        assertThat(afterRewording).containsExactly(4, 2, 2);
        assertThat(storedVersion()).isEqualTo(4);
    }

    @Test
    void aRolledBackChangeLeavesTheVersionAsItWas() {
        inTenant(em -> {
            em.getTransaction().begin();
            forChange(em).addGoal(new GoalDetails("Weg", null, null, TODAY), NOW);
            em.flush();
            em.getTransaction().rollback();
            return null;
        });
        assertThat(storedVersion()).isEqualTo(1);
        assertThat(this.<Integer>inTransaction(em -> em.find(Plan.class, planId).goals().size())).isZero();
    }

    @Test
    void aPlanReadEarlierInTheTransactionIsReadAgainUnderTheLock() {
        var positions = inTenant(em -> {
            em.getTransaction().begin();
            var early = em.find(Plan.class, planId);
            assertThat(early.goals()).isEmpty();
            // Meanwhile another coach adds a goal and commits.
            inTransaction(other -> forChange(other)
                    .addGoal(new GoalDetails("Van de ander", null, null, TODAY.plusWeeks(1)), NOW));
            var locked = forChange(em);
            var mine = locked.addGoal(new GoalDetails("Van mij", null, null, TODAY.plusWeeks(1)), NOW);
            em.getTransaction().commit();
            return locked.goals().stream().map(Goal::position).toList();
        });
        assertThat(positions).containsExactly(0, 1);
    }

    @Test
    void twoWritersOfOnePlanTakeTurnsAndTheSecondSeesWhatTheFirstCommitted() throws Exception {
        var firstHasTheLock = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> inTenant(em -> {
                em.getTransaction().begin();
                var plan = forChange(em);
                firstHasTheLock.countDown();
                pause(300); // the second writer now waits for the plan's row lock
                plan.addGoal(new GoalDetails("Eerste", null, null, TODAY.plusWeeks(1)), NOW);
                em.getTransaction().commit();
                return null;
            }));
            var second = pool.submit(() -> inTenant(em -> {
                await(firstHasTheLock);
                em.getTransaction().begin();
                var plan = forChange(em);
                var goal = plan.addGoal(new GoalDetails("Tweede", null, null, TODAY.plusWeeks(1)), NOW);
                em.getTransaction().commit();
                return goal.position();
            }));
            first.get(20, TimeUnit.SECONDS);
            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        var stored = inTransaction(em -> em.find(Plan.class, planId));
        assertThat(stored.goals()).extracting(Goal::title, Goal::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Eerste", 0), org.assertj.core.groups.Tuple.tuple("Tweede", 1));
        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void aPlanReadForAChangeKeepsItsStoredVersionUntilTheChangeIsAllowed() {
        var seen = inTenant(em -> {
            em.getTransaction().begin();
            var plan = TenantData.findForChange(em, Plan.class, planId);
            // Building a refusal's answer may run queries, which write pending changes first: none yet.
            em.createQuery("select count(g) from Goal g", Long.class).getSingleResult();
            var before = plan.version();
            TenantData.willChange(em, plan);
            em.flush();
            var after = plan.version();
            em.getTransaction().commit();
            return new int[] {before, after};
        });
        assertThat(seen).containsExactly(1, 2);
    }

    /** As the control beans do: the plan locked and read fresh, then allowed to change. */
    private Plan forChange(EntityManager em) {
        var plan = TenantData.findForChange(em, Plan.class, planId);
        TenantData.willChange(em, plan);
        return plan;
    }

    private int storedVersion() {
        return this.<Integer>inTransaction(em -> em.find(Plan.class, planId).version());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        return InMemoryDatabase.inTenantTransaction(tenant, work);
    }

    <T> T inTenant(Function<EntityManager, T> work) {
        try (var em = InMemoryDatabase.emf().createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenant.value()))) {
            return work.apply(em);
        }
    }
}
