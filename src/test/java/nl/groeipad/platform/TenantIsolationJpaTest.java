package nl.groeipad.platform;

import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static nl.groeipad.platform.InMemoryDatabase.newTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.Enrolment;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.TenantOwned;
import org.junit.jupiter.api.Test;

/**
 * The central tenant-isolation mechanism, proven at the JPA level without a container: the real persistence
 * unit "groeipad" (as resource-local, on in-memory H2 in MySQL mode) over the schema of the real Flyway
 * migrations ({@link InMemoryDatabase}). An entity manager carrying {@link TenantOwned#TENANT_PROPERTY}, as
 * {@code TenantData} hands out, writes that tenant into every row and sees only that tenant's rows, however
 * it asks.
 */
class TenantIsolationJpaTest {

    static final Instant NOW = Instant.parse("2026-11-30T04:23:10Z");

    static final EntityManagerFactory emf = InMemoryDatabase.emf();

    /** What one launch records: a person, their course and their enrolment in it. */
    record Recorded(LmsUser user, Course course, Enrolment enrolment) {
    }

    @Test
    void writesTheTenantOfTheEntityManagerIntoEveryRow() throws SQLException {
        var a = newTenant();

        var recorded = recordLaunch(a, "4");

        assertThat(tenantColumn("lms_user", recorded.user().id())).isEqualTo(a.value());
        assertThat(tenantColumn("course", recorded.course().id())).isEqualTo(a.value());
        assertThat(tenantColumn("enrolment", enrolmentId(recorded))).isEqualTo(a.value());
    }

    @Test
    void letsTheOwningTenantSeeItsPeople() {
        var a = newTenant();
        var recorded = recordLaunch(a, "4");

        inTenant(a, em -> {
            assertThat(em.find(LmsUser.class, recorded.user().id())).isNotNull();
            assertThat(em.find(Course.class, recorded.course().id())).isNotNull();
            assertThat(bySubject(em, "4")).extracting(LmsUser::id).containsExactly(recorded.user().id());
            assertThat(participantsOf(em, recorded.course())).extracting(LmsUser::id).containsExactly(recorded.user().id());
            return null;
        });
    }

    @Test
    void anotherTenantCannotFindThemById() {
        var a = newTenant();
        var b = newTenant();
        var recorded = recordLaunch(a, "4");

        inTenant(b, em -> {
            assertThat(em.find(LmsUser.class, recorded.user().id())).isNull();
            assertThat(em.find(Course.class, recorded.course().id())).isNull();
            assertThat(em.find(Enrolment.class, enrolmentId(recorded))).isNull();
            return null;
        });
    }

    @Test
    void anotherTenantSeesNoneOfThemInAQueryWithoutWhereClause() {
        var a = newTenant();
        var b = newTenant();
        recordLaunch(a, "4");

        inTenant(b, em -> {
            assertThat(em.createQuery("select u from LmsUser u", LmsUser.class).getResultList()).isEmpty();
            assertThat(em.createQuery("select c from Course c", Course.class).getResultList()).isEmpty();
            assertThat(em.createQuery("select e from Enrolment e", Enrolment.class).getResultList()).isEmpty();
            return null;
        });
    }

    @Test
    void anotherTenantCannotFindThemByTheirLmsSubject() {
        var a = newTenant();
        var b = newTenant();
        recordLaunch(a, "4");

        var found = inTenant(b, em -> bySubject(em, "4"));

        assertThat(found).isEmpty();
    }

    @Test
    void anotherTenantCannotListTheParticipantsOfTheCourse() {
        var a = newTenant();
        var b = newTenant();
        var recorded = recordLaunch(a, "4");

        var participants = inTenant(b, em -> participantsOf(em, recorded.course()));

        assertThat(participants).isEmpty();
    }

    @Test
    void theSameLmsSubjectInTwoTenantsIsTwoPeople() {
        var a = newTenant();
        var b = newTenant();
        var inA = recordLaunch(a, "4");
        var inB = recordLaunch(b, "4");

        var foundInA = inTenant(a, em -> bySubject(em, "4"));
        var foundInB = inTenant(b, em -> bySubject(em, "4"));

        assertThat(foundInA).extracting(LmsUser::id).containsExactly(inA.user().id());
        assertThat(foundInB).extracting(LmsUser::id).containsExactly(inB.user().id());
    }

    @Test
    void anotherTenantCannotChangeOrDeleteThem() {
        var a = newTenant();
        var b = newTenant();
        var recorded = recordLaunch(a, "4");

        var changed = inTenantTransaction(b, em -> em.createQuery("update LmsUser u set u.email = 'taken@example.org'")
                .executeUpdate() + em.createQuery("delete from Enrolment e").executeUpdate());

        assertThat(changed).isZero();
        inTenant(a, em -> {
            assertThat(em.find(LmsUser.class, recorded.user().id()).email()).isNull();
            assertThat(em.find(Enrolment.class, enrolmentId(recorded))).isNotNull();
            return null;
        });
    }

    @Test
    void anEntityManagerWithoutATenantCannotQueryTenantOwnedData() {
        recordLaunch(newTenant(), "4");

        try (var em = emf.createEntityManager()) {
            assertThatThrownBy(() -> em.createQuery("select u from LmsUser u", LmsUser.class).getResultList())
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining(TenantOwned.TENANT_PROPERTY);
        }
    }

    @Test
    void anEntityManagerWithoutATenantCannotFindTenantOwnedDataById() {
        var recorded = recordLaunch(newTenant(), "4");

        try (var em = emf.createEntityManager()) {
            assertThatThrownBy(() -> em.find(LmsUser.class, recorded.user().id()))
                    .hasMessageContaining(TenantOwned.TENANT_PROPERTY);
        }
    }

    @Test
    void anEntityManagerWithoutATenantCannotStoreTenantOwnedData() {
        try (var em = emf.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(new LmsUser("4", NOW));

            assertThatThrownBy(() -> em.getTransaction().commit())
                    .as("the schema refuses a row without tenant_id").isInstanceOf(PersistenceException.class);
        }
    }

    Recorded recordLaunch(TenantId tenant, String subject) {
        return inTenantTransaction(tenant, em -> {
            var user = new LmsUser(subject, NOW);
            var course = new Course("2", NOW);
            var enrolment = new Enrolment(course, user, Role.PARTICIPANT, NOW);
            // No mapped relationships tell EclipseLink the foreign-key order of the inserts; like People's
            // lookups do, flush the user and course before the enrolment that refers to them.
            em.persist(user);
            em.persist(course);
            em.flush();
            em.persist(enrolment);
            return new Recorded(user, course, enrolment);
        });
    }

    static List<LmsUser> bySubject(EntityManager em, String subject) {
        return em.createNamedQuery(LmsUser.BY_SUBJECT, LmsUser.class).setParameter("subject", subject).getResultList();
    }

    static List<LmsUser> participantsOf(EntityManager em, Course course) {
        return em.createNamedQuery(Enrolment.PEOPLE_IN_ROLE, Object[].class)
                .setParameter("courseId", course.id()).setParameter("role", Role.PARTICIPANT)
                .getResultList().stream().map(row -> (LmsUser) row[0]).toList();
    }

    /** Enrolment exposes no id (nothing needs it), so the test reads it the way JPA does. */
    static String enrolmentId(Recorded recorded) {
        return (String) emf.getPersistenceUnitUtil().getIdentifier(recorded.enrolment());
    }

    static String tenantColumn(String table, String id) throws SQLException {
        try (var connection = DriverManager.getConnection(InMemoryDatabase.URL, InMemoryDatabase.USER,
                InMemoryDatabase.PASSWORD);
             var select = connection.prepareStatement("select tenant_id from " + table + " where id = ?")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).as("a %s row with id %s", table, id).isTrue();
                return rows.getString(1);
            }
        }
    }
}
