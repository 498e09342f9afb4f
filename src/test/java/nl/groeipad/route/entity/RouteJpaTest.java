package nl.groeipad.route.entity;

import static nl.groeipad.route.entity.RouteFixtures.COURSE;
import static nl.groeipad.route.entity.RouteFixtures.LATER;
import static nl.groeipad.route.entity.RouteFixtures.PARTICIPANT;
import static nl.groeipad.route.entity.RouteFixtures.SAFETY;
import static nl.groeipad.route.entity.RouteFixtures.framework;
import static nl.groeipad.route.entity.RouteFixtures.step;
import static nl.groeipad.route.entity.RouteFixtures.template;
import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import nl.groeipad.competency.entity.Level;
import org.junit.jupiter.api.Test;

/** Routes on the real schema (V4 on H2 in MySQL mode) through the real persistence unit. */
class RouteJpaTest {

    @Test
    void aTemplateIsStoredWithItsTargetsStepsAndMaterialInOrder() {
        var tenant = newTenant();
        var id = inTenantTransaction(tenant, em -> {
            var route = template();
            em.persist(route);
            return route.id();
        });
        inTenant(tenant, em -> {
            var route = em.find(Route.class, id);
            assertThat(route.title()).isEqualTo("Starten in het groen");
            assertThat(route.targets()).extracting(Target::level).containsExactly(Level.B);
            assertThat(route.steps()).extracting(Step::title).containsExactly("Op tijd op je werk", "Veilig werken");
            assertThat(route.steps().getFirst().items()).extracting(StepItem::itemId, StepItem::suggested)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("item-video", false),
                            org.assertj.core.groups.Tuple.tuple("item-travel", true));
            return null;
        });
    }

    @Test
    void editsAreStoredAndRemovedStepsTakeTheirMaterialWithThem() {
        var tenant = newTenant();
        var id = inTenantTransaction(tenant, em -> {
            var route = template();
            em.persist(route);
            return route.id();
        });
        inTenantTransaction(tenant, em -> {
            var route = em.find(Route.class, id);
            var added = route.addStep(framework(), step("Hulp vragen", RouteFixtures.ADVICE, Level.A), LATER);
            // Positions are unique per route: as in Routes, a list is parked and written before it is renumbered,
            // and each change is written before the next.
            em.flush();
            route.parkSteps();
            em.flush();
            route.moveStep(added.id(), 0, LATER);
            em.flush();
            route.parkSteps();
            em.flush();
            route.removeStep(route.steps().get(1).id(), LATER);
            em.flush();
            route.parkTargets();
            em.flush();
            route.removeTarget(RouteFixtures.ON_TIME, LATER);
            route.target(framework(), SAFETY, Level.C, LATER);
            return null;
        });
        inTenant(tenant, em -> {
            var route = em.find(Route.class, id);
            assertThat(route.steps()).extracting(Step::title).containsExactly("Hulp vragen", "Veilig werken");
            assertThat(route.targets()).extracting(Target::competencyKey).containsExactly(SAFETY);
            assertThat(route.itemIds()).isEmpty();
            assertThat(em.createQuery("select count(i) from StepItem i", Long.class).getSingleResult()).isZero();
            return null;
        });
    }

    @Test
    void aParticipantHasOneActiveRoutePerCourse() {
        var tenant = newTenant();
        var templateId = inTenantTransaction(tenant, em -> {
            var route = template();
            em.persist(route);
            em.persist(route.copyFor(COURSE, PARTICIPANT, "coach-1", LATER));
            return route.id();
        });
        assertThatThrownBy(() -> inTenantTransaction(tenant, em -> {
            em.persist(em.find(Route.class, templateId).copyFor(COURSE, PARTICIPANT, "coach-1", LATER));
            return null;
        })).isInstanceOf(PersistenceException.class);
        inTenantTransaction(tenant, em -> {
            var active = em.createNamedQuery(Route.ACTIVE_OF, Route.class)
                    .setParameter("activeKey", Route.activeKey(COURSE, PARTICIPANT)).getSingleResult();
            active.archive(LATER);
            em.flush();
            em.persist(em.find(Route.class, templateId).copyFor(COURSE, PARTICIPANT, "coach-1", LATER));
            return null;
        });
        inTenant(tenant, em -> {
            assertThat(em.createQuery("select r.status from Route r where r.participantId = :p", RouteStatus.class)
                    .setParameter("p", PARTICIPANT).getResultList())
                    .containsExactlyInAnyOrder(RouteStatus.ACTIVE, RouteStatus.ARCHIVED);
            return null;
        });
    }

    @Test
    void anotherOrganisationDoesNotSeeTheRoute() {
        var owner = newTenant();
        var other = newTenant();
        var id = inTenantTransaction(owner, em -> {
            var route = template();
            em.persist(route);
            return route.id();
        });
        inTenant(other, em -> {
            assertThat(em.find(Route.class, id)).isNull();
            assertThat(em.createNamedQuery(Route.TEMPLATES, Route.class).setParameter("kind", RouteKind.TEMPLATE)
                    .getResultList()).isEmpty();
            return null;
        });
    }

    @Test
    void aRenumberingWrittenWithoutParkingWouldStoreOnePositionTwiceSoItIsParkedFirst() {
        var tenant = newTenant();
        var id = inTenantTransaction(tenant, em -> {
            var route = template();
            route.addStep(framework(), step("Derde", RouteFixtures.ADVICE, Level.A), LATER);
            em.persist(route);
            return route.id();
        });
        assertThatThrownBy(() -> inTenantTransaction(tenant, em -> {
            var route = em.find(Route.class, id);
            route.moveStep(route.steps().getLast().id(), 0, LATER);
            return null;
        })).hasStackTraceContaining("uq_route_step_position");

        inTenantTransaction(tenant, em -> {
            var route = em.find(Route.class, id);
            route.parkSteps();
            em.flush();
            route.moveStep(route.steps().getLast().id(), 0, LATER);
            return null;
        });
        inTenant(tenant, em -> {
            assertThat(em.find(Route.class, id).steps()).extracting(Step::title, Step::position).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Derde", 0), org.assertj.core.groups.Tuple.tuple("Op tijd op je werk", 1),
                    org.assertj.core.groups.Tuple.tuple("Veilig werken", 2));
            return null;
        });
    }
}
