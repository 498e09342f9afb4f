package nl.groeipad.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.groeipad.competency.entity.Competency;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkStatus;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.entity.Tenant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The framework aggregate through the real persistence unit and the real Flyway schema (V2 on H2 in MySQL
 * mode, as the default install runs it): what is stored comes back, versions keep their rows, the database
 * allows one draft and one published version per framework, and another tenant sees nothing.
 */
class FrameworkPersistenceJpaTest {

    static final String URL = "jdbc:h2:mem:competency;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1";
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static EntityManagerFactory emf;

    @BeforeAll
    static void migrateAndOpen() {
        Flyway.configure().dataSource(URL, "groeipad", "groeipad").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("groeipad", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "groeipad",
                "jakarta.persistence.jdbc.password", "groeipad",
                "eclipselink.target-database", "MySQL"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void listsOfADraftAreRenumberedUnderUniquePositionsAfterTheyWereParked() {
        var tenant = newTenant();
        var draft = new Framework(null, 1, "Raamwerk", null, "nl", nl.groeipad.competency.entity.ScaleLabels.DEFAULT,
                nl.groeipad.competency.entity.FrameworkSource.GROEIPAD, NOW, "coach");
        var group = draft.addGroup(null, null, "Groep", nl.groeipad.competency.entity.CaseOrigin.none(), NOW);
        var linked = new nl.groeipad.competency.entity.CaseOrigin(null, null, null, "{\"type\":\"isChildOf\"}");
        var first = draft.addCompetency(group.key(), null, "Eerste", null, linked, NOW);
        draft.addCompetency(group.key(), null, "Tweede", null, nl.groeipad.competency.entity.CaseOrigin.none(), NOW);
        var third = draft.addCompetency(group.key(), null, "Derde", null, nl.groeipad.competency.entity.CaseOrigin.none(), NOW);
        draft.addCompetency(null, null, "Los", null, nl.groeipad.competency.entity.CaseOrigin.none(), NOW);
        for (var text : List.of("a", "b", "c")) {
            draft.addIndicator(first.id(), null, "Gedrag " + text, new nl.groeipad.competency.entity.LevelTexts("A", "B", "C"),
                    nl.groeipad.competency.entity.CaseOrigin.none(), NOW);
        }
        inTenant(tenant, em -> {
            em.persist(draft);
            return null;
        });

        inTenant(tenant, em -> {
            var stored = em.find(Framework.class, draft.id());
            stored.parkAround(Framework.Renumbering.COMPETENCY_REMOVAL_OR_MOVE, third.id(), null);
            em.flush();
            stored.moveCompetency(third.id(), 1, NOW);
            em.flush();
            stored.parkAround(Framework.Renumbering.INDICATOR_REMOVAL_OR_MOVE, first.id(), null);
            em.flush();
            var indicators = stored.competency(first.id()).orElseThrow().indicators();
            stored.moveIndicator(first.id(), indicators.getLast().id(), 0, NOW);
            em.flush();
            stored.parkAround(Framework.Renumbering.GROUP_REMOVAL, group.id(), null);
            em.flush();
            stored.removeGroup(group.id(), NOW);
            return null;
        });

        var reloaded = inTenant(tenant, em -> FrameworkDetails.of(em.find(Framework.class, draft.id())));
        assertThat(reloaded.competencies()).extracting(FrameworkDetails.CompetencyDetails::title,
                FrameworkDetails.CompetencyDetails::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Los", 0), org.assertj.core.groups.Tuple.tuple("Eerste", 1),
                org.assertj.core.groups.Tuple.tuple("Derde", 2), org.assertj.core.groups.Tuple.tuple("Tweede", 3));
        assertThat(reloaded.competencies().get(1).indicators()).extracting(FrameworkDetails.IndicatorDetails::description)
                .containsExactly("Gedrag c", "Gedrag a", "Gedrag b");
        assertThat(reloaded.competencies().get(1).indicators()).extracting(FrameworkDetails.IndicatorDetails::position)
                .containsExactly(0, 1, 2);
    }

    @Test
    void aCompetencyThatIsParkedAndPutBackWhereItWasKeepsItsImportedParentLink() {
        var draft = new Framework(null, 1, "Raamwerk", null, "nl", nl.groeipad.competency.entity.ScaleLabels.DEFAULT,
                nl.groeipad.competency.entity.FrameworkSource.CASE, NOW, "coach");
        var linked = new nl.groeipad.competency.entity.CaseOrigin(null, null, null, "{\"type\":\"isChildOf\"}");
        var first = draft.addCompetency(null, null, "Eerste", null, linked, NOW);
        var second = draft.addCompetency(null, null, "Tweede", null, linked, NOW);
        var third = draft.addCompetency(null, null, "Derde", null, linked, NOW);

        draft.parkAround(Framework.Renumbering.COMPETENCY_REMOVAL_OR_MOVE, third.id(), null);
        draft.moveCompetency(third.id(), 1, NOW);

        assertThat(first.caseParentLink()).as("stays where it was").isNotNull();
        assertThat(second.caseParentLink()).as("moved down").isNull();
        assertThat(third.caseParentLink()).as("moved up").isNull();
    }

    @Test
    void theStarterFrameworkComesBackFromTheDatabaseAsItWasStored() {
        var tenant = newTenant();
        var stored = StarterFramework.publishedVersion(NOW);
        inTenant(tenant, em -> {
            em.persist(stored);
            return null;
        });

        var loaded = inTenant(tenant, em -> FrameworkDetails.of(em.find(Framework.class, stored.id())));

        assertThat(loaded).isEqualTo(FrameworkDetails.of(stored));
        assertThat(loaded.competencies()).hasSize(8);
        assertThat(loaded.competencies().getFirst().indicators().getFirst().levelC()).isNotBlank();
    }

    @Test
    void aNewVersionGetsNewRowsAndTheOldVersionStaysAsItWas() {
        var tenant = newTenant();
        var v1 = StarterFramework.publishedVersion(NOW);
        inTenant(tenant, em -> {
            em.persist(v1);
            return null;
        });
        var v2Id = inTenant(tenant, em -> {
            var draft = em.find(Framework.class, v1.id()).nextDraft(2, NOW, "coach");
            em.persist(draft);
            var competency = draft.competencies().getFirst();
            var indicator = competency.indicators().getFirst();
            draft.reviseIndicator(competency.id(), indicator.id(), "1.1", "Nieuwe tekst", indicator.levels(), NOW);
            return draft.id();
        });
        inTenant(tenant, em -> {
            em.find(Framework.class, v1.id()).supersede(NOW);
            em.flush();
            em.find(Framework.class, v2Id).publish(NOW);
            return null;
        });

        inTenant(tenant, em -> {
            var old = em.find(Framework.class, v1.id());
            var current = em.find(Framework.class, v2Id);
            assertThat(old.status()).isEqualTo(FrameworkStatus.SUPERSEDED);
            assertThat(current.status()).isEqualTo(FrameworkStatus.PUBLISHED);
            assertThat(old.competencies().getFirst().indicators().getFirst().description()).isEqualTo("Vraagt op tijd om hulp of advies.");
            assertThat(current.competencies().getFirst().indicators().getFirst().description()).isEqualTo("Nieuwe tekst");
            assertThat(current.competencies().getFirst().key()).isEqualTo(old.competencies().getFirst().key());
            assertThat(current.competencies().getFirst().id()).isNotEqualTo(old.competencies().getFirst().id());
            var published = em.createNamedQuery(Framework.COMPETENCY_IN_STATUS, Competency.class)
                    .setParameter("key", old.competencies().getFirst().key())
                    .setParameter("statuses", List.of(FrameworkStatus.PUBLISHED)).getResultList();
            assertThat(published).singleElement().extracting(c -> c.framework().id()).isEqualTo(v2Id);
            assertThat(em.createNamedQuery(Framework.VERSIONS, Framework.class).setParameter("key", old.key())
                    .getResultList()).extracting(Framework::version).containsExactly(2, 1);
            return null;
        });
    }

    @Test
    void theDatabaseAllowsOneDraftPerFramework() {
        var tenant = newTenant();
        var v1 = StarterFramework.publishedVersion(NOW);
        inTenant(tenant, em -> {
            em.persist(v1);
            em.persist(v1.nextDraft(2, NOW, null));
            return null;
        });

        assertThatThrownBy(() -> inTenant(tenant, em -> {
            em.persist(em.find(Framework.class, v1.id()).nextDraft(3, NOW, null));
            return null;
        })).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theSameDemoKeyLivesInEveryTenantButEachSeesOnlyItsOwn() {
        var a = newTenant();
        var b = newTenant();
        var inA = StarterFramework.publishedVersion(NOW);
        var inB = StarterFramework.publishedVersion(NOW);
        inTenant(a, em -> {
            em.persist(inA);
            return null;
        });
        inTenant(b, em -> {
            em.persist(inB);
            return null;
        });

        inTenant(b, em -> {
            assertThat(em.find(Framework.class, inA.id())).isNull();
            assertThat(em.createNamedQuery(Framework.ALL, Framework.class).getResultList()).extracting(Framework::id)
                    .containsExactly(inB.id());
            assertThat(em.createNamedQuery(Framework.COMPETENCY_KEYS_ELSEWHERE, String.class)
                    .setParameter("keys", List.of(inA.competencies().getFirst().key()))
                    .setParameter("frameworkKey", UUID.randomUUID().toString()).getResultList()).hasSize(1);
            return null;
        });
    }

    @Test
    void anImportedCasePackageIsStoredWithItsCaseData() {
        var tenant = newTenant();
        var imported = CaseImport.read(SharedFiles.read("fixtures/case/opensalt-sample-framework.json"), k -> 1, NOW, null);
        var before = new CaseExport(imported, "https://x.example", "X").cfPackage();
        inTenant(tenant, em -> {
            em.persist(imported);
            return null;
        });

        var after = inTenant(tenant, em -> new CaseExport(em.find(Framework.class, imported.id()), "https://x.example", "X").cfPackage());

        assertThat(after).isEqualTo(before);
        assertThat(Level.C.meetsMboEntree()).isTrue();
    }

    static TenantId newTenant() {
        var registration = new PlatformRegistration("Moodle", "https://moodle-" + UUID.randomUUID() + ".example.org",
                "client", "https://moodle.example.org/auth", null, "https://moodle.example.org/certs", List.of("1"), "moodle");
        var tenant = new Tenant(registration, RegistrationKind.MANUAL, NOW);
        try (var em = emf.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(tenant);
            em.getTransaction().commit();
        }
        return tenant.tenantId();
    }

    static <T> T inTenant(TenantId tenant, Function<EntityManager, T> work) {
        try (var em = emf.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenant.value()))) {
            em.getTransaction().begin();
            try {
                var result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }
}
