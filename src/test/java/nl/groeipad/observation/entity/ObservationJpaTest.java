package nl.groeipad.observation.entity;

import static nl.groeipad.platform.InMemoryDatabase.inTenant;
import static nl.groeipad.platform.InMemoryDatabase.inTenantTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.people.entity.Course;
import nl.groeipad.people.entity.LmsUser;
import nl.groeipad.platform.InMemoryDatabase;
import nl.groeipad.platform.entity.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The observation through the real persistence unit on the real Flyway schema (V10 on H2 in MySQL mode): parts and
 * the append-only score log come back as stored, the averages for the rater signals count current scores only, and
 * another tenant sees nothing.
 */
class ObservationJpaTest {

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

    /** The coach's observation of one competency ("Samenwerken"), from 2 March for 21 days, its guide confirmed. */
    private static Observation observation(People p, Level level, List<String> indicators, String... situations) {
        return new Observation(new Observation.Start(p.courseId(), p.participantId(), UUID.randomUUID().toString(),
                level, null, p.coachId(), LocalDate.of(2026, 3, 2), 21,
                List.of(new Observation.Observed(UUID.randomUUID().toString(), "Samenwerken", indicators)),
                List.of(situations), true), NOW);
    }

    @Test
    void storedWithItsPartsAndAnAppendOnlyLog_averagesCountCurrentScores_otherTenantsSeeNothing() {
        var tenant = InMemoryDatabase.newTenant();
        var p = people(tenant);
        var id = inTenantTransaction(tenant, em -> {
            var o = observation(p, Level.B, List.of("ind-1", "ind-2"), "magazijn", "inpakken lijn 2");
            em.persist(o);
            em.flush(); // scores refer to situations without a JPA relationship: situations are written first
            var s1 = o.situations().getFirst().id();
            var first = o.append(List.of(), "ind-1", s1, p.coachId(), 2, "Te laat", null, null, NOW);
            em.persist(first);
            em.flush();
            em.persist(o.append(List.of(first.entry()), "ind-1", s1, p.coachId(), 4, null, first.id(), "Verkeerd getikt",
                    NOW.plusSeconds(5)));
            em.persist(o.append(List.of(), "ind-2", s1, p.coachId(), null, null, null, null, NOW.plusSeconds(9)));
            return o.id();
        });

        inTenant(tenant, em -> {
            var o = em.find(Observation.class, id);
            assertThat(o.level()).isEqualTo(Level.B);
            assertThat(o.situations()).extracting(ObservationSituation::name).containsExactly("magazijn", "inpakken lijn 2");
            assertThat(o.indicatorIds()).containsExactly("ind-1", "ind-2");
            var log = em.createNamedQuery(ObservationScore.OF_OBSERVATION, ObservationScore.class)
                    .setParameter("observationId", id).getResultList().stream().map(ObservationScore::entry).toList();
            assertThat(log).extracting(ScoreEntry::score).containsExactly(2, 4, null);
            assertThat(log.get(1).reason()).isEqualTo("Verkeerd getikt");
            assertThat(ScoreLog.current(log)).extracting(ScoreEntry::score).containsExactly(4, null);
            var average = em.createNamedQuery(ObservationScore.AVERAGE).setParameter("observationId", "other")
                    .getSingleResult();
            assertThat(((Number) average).doubleValue()).isEqualTo(4.0);
            return null;
        });
        inTenant(InMemoryDatabase.newTenant(), em -> {
            assertThat(em.find(Observation.class, id)).isNull();
            assertThat(em.createNamedQuery(ObservationScore.OF_OBSERVATION, ObservationScore.class)
                    .setParameter("observationId", id).getResultList()).isEmpty();
            return null;
        });
    }

    @Test
    void aKeyIsFoundAgainInItsOrganisationOnly_andIsUniqueThere() {
        var tenant = InMemoryDatabase.newTenant();
        var p = people(tenant);
        var key = UUID.randomUUID().toString();
        var entryId = inTenantTransaction(tenant, em -> {
            var o = observation(p, Level.A, List.of("ind-1"), "magazijn", "kantine");
            em.persist(o);
            em.flush();
            var score = o.append(List.of(), "ind-1", o.situations().getFirst().id(), p.coachId(), 3, null, null, null,
                    NOW, key.toUpperCase());
            em.persist(score);
            return score.id();
        });

        inTenant(tenant, em -> {
            var found = em.createNamedQuery(ObservationScore.BY_KEY, ObservationScore.class).setParameter("key", key)
                    .getResultList();
            assertThat(found).extracting(ObservationScore::id).containsExactly(entryId);
            return null;
        });
        inTenant(InMemoryDatabase.newTenant(), em -> {
            assertThat(em.createNamedQuery(ObservationScore.BY_KEY, ObservationScore.class).setParameter("key", key)
                    .getResultList()).isEmpty();
            return null;
        });
        // the database refuses a second entry under the same key in the organisation (a race of two replays)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTenantTransaction(tenant, em -> {
            var o = em.createQuery("select o from Observation o", Observation.class).getResultList().getFirst();
            var again = o.append(List.of(), "ind-1", o.situations().getLast().id(), p.coachId(), 3, null, null, null,
                    NOW, key);
            em.persist(again);
            em.flush();
            return null;
        })).isNotNull();
    }

    @Test
    void aPhotoIsStoredWithItsBytes_listedWithoutThem_foundByItsKeyInItsOrganisationOnly() {
        var tenant = InMemoryDatabase.newTenant();
        var p = people(tenant);
        var key = UUID.randomUUID().toString();
        var ids = inTenantTransaction(tenant, em -> {
            var o = observation(p, Level.A, List.of("ind-1"), "magazijn", "kantine");
            em.persist(o);
            em.flush();
            var photo = o.addPhoto(EvidencePhoto.of(EvidencePhotoTest.PNG), o.situations().getFirst().id(), "ind-1",
                    p.coachId(), 0, NOW, key);
            em.persist(photo);
            return List.of(o.id(), photo.id());
        });
        inTenant(tenant, em -> {
            var infos = em.createNamedQuery(ObservationPhoto.INFO_OF_OBSERVATION, ObservationPhoto.Info.class)
                    .setParameter("observationId", ids.getFirst()).getResultList();
            assertThat(infos).extracting(ObservationPhoto.Info::id, ObservationPhoto.Info::indicatorId,
                    ObservationPhoto.Info::mediaType, ObservationPhoto.Info::size)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ids.getLast(), "ind-1", "image/png",
                            EvidencePhotoTest.PNG.length));
            assertThat(em.createNamedQuery(ObservationPhoto.INFO_OF_OBSERVATIONS, ObservationPhoto.Info.class)
                    .setParameter("observationIds", List.of(ids.getFirst())).getResultList()).hasSize(1);
            assertThat(em.find(ObservationPhoto.class, ids.getLast()).content()).isEqualTo(EvidencePhotoTest.PNG);
            assertThat(em.createNamedQuery(ObservationPhoto.BY_KEY, ObservationPhoto.class).setParameter("key", key)
                    .getResultList()).extracting(ObservationPhoto::id).containsExactly(ids.getLast());
            assertThat(em.createNamedQuery(ObservationPhoto.COUNT_OF_OBSERVATION, Long.class)
                    .setParameter("observationId", ids.getFirst()).getSingleResult()).isEqualTo(1L);
            return null;
        });
        inTenant(InMemoryDatabase.newTenant(), em -> {
            assertThat(em.createNamedQuery(ObservationPhoto.BY_KEY, ObservationPhoto.class).setParameter("key", key)
                    .getResultList()).isEmpty();
            assertThat(em.find(ObservationPhoto.class, ids.getLast())).isNull();
            return null;
        });
        // the database refuses a second photo under the same key in the organisation (a race of two replays)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTenantTransaction(tenant, em -> {
            var o = em.find(Observation.class, ids.getFirst());
            em.persist(o.addPhoto(EvidencePhoto.of(EvidencePhotoTest.PNG), o.situations().getLast().id(), null,
                    p.coachId(), 1, NOW, key));
            em.flush();
            return null;
        })).isNotNull();
    }
}
