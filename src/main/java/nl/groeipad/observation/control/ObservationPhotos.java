package nl.groeipad.observation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import nl.groeipad.observation.control.ObservationViews.RecordedPhoto;
import nl.groeipad.observation.entity.EvidencePhoto;
import nl.groeipad.observation.entity.Observation;
import nl.groeipad.observation.entity.ObservationPhoto;
import nl.groeipad.observation.entity.ScoreReplay;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * Evidence photos of observations (issue 9 §1 and §2), with who may do what (decided by {@link CourseAccess}):
 * <ul>
 * <li>a coach (or admin) of the participant's course adds photos to an open observation and looks at them;</li>
 * <li>the participant looks at the photos of their own <b>concluded</b> observations only — an open observation's
 * photos are as hidden as its draft scores (404);</li>
 * <li>a participant on the coach's part gets 403; a coach of another course or organisation: 404.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class ObservationPhotos {

    static final Text PHOTO = Text.of("deze foto", "this photo");

    @Inject
    TenantData data;

    @Inject
    PlanCalendar calendar;

    @Inject
    CourseAccess access;

    /**
     * Adds a photo taken in a work situation (optionally for one behaviour); with a key, a replay answers the photo
     * stored the first time (never a second one). The access check comes first, then the bytes.
     */
    public RecordedPhoto add(Session session, String courseId, String participantId, String observationId,
                             String situationId, String indicatorId, String key, byte[] bytes) {
        access.participantOf(session, courseId, participantId);
        var idempotencyKey = ScoreReplay.key(key);
        var photo = EvidencePhoto.of(bytes);
        var observation = data.findForChange(Observation.class, observationId)
                .filter(o -> o.belongsTo(courseId, participantId))
                .orElseThrow(() -> NotFound.of(Observations.OBSERVATION));
        if (idempotencyKey != null) {
            // The observation row is locked, so replays of one observation do not race; the unique key
            // (tenant, key) settles any other race.
            var stored = data.em().createNamedQuery(ObservationPhoto.BY_KEY, ObservationPhoto.class)
                    .setParameter("key", idempotencyKey).getResultList();
            if (!stored.isEmpty()) {
                var same = stored.getFirst().replay(observation.id(), situationId, indicatorId, session.userId(), photo);
                return recorded(observation, same.info());
            }
        }
        var count = data.em().createNamedQuery(ObservationPhoto.COUNT_OF_OBSERVATION, Long.class)
                .setParameter("observationId", observation.id()).getSingleResult();
        var added = observation.addPhoto(photo, situationId, indicatorId, session.userId(), count, calendar.now(),
                idempotencyKey);
        data.willChange(observation);
        data.em().persist(added);
        data.em().flush();
        return recorded(observation, added.info());
    }

    /** A photo of an observation, for a coach of the course. */
    public ObservationPhoto forCoach(Session session, String courseId, String participantId, String observationId,
                                    String photoId) {
        access.participantOf(session, courseId, participantId);
        var observation = observation(observationId).filter(o -> o.belongsTo(courseId, participantId))
                .orElseThrow(() -> NotFound.of(Observations.OBSERVATION));
        return photoOf(observation, photoId);
    }

    /** A photo of one of my concluded observations (never of an open one: 404). */
    public ObservationPhoto mine(Session session, String observationId, String photoId) {
        var owner = access.self(session);
        var observation = observation(observationId)
                .filter(o -> o.belongsTo(owner.course().value(), owner.participant().value()))
                .filter(Observation::isConcluded)
                .orElseThrow(() -> NotFound.of(Observations.OBSERVATION));
        return photoOf(observation, photoId);
    }

    private java.util.Optional<Observation> observation(String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(data.em().find(Observation.class, id));
    }

    private ObservationPhoto photoOf(Observation observation, String photoId) {
        if (photoId == null || photoId.isBlank() || photoId.length() > 36) {
            throw NotFound.of(PHOTO);
        }
        var photo = data.em().find(ObservationPhoto.class, photoId);
        if (photo == null || !photo.observationId().equals(observation.id())) {
            throw NotFound.of(PHOTO);
        }
        return photo;
    }

    private static RecordedPhoto recorded(Observation observation, ObservationPhoto.Info info) {
        Map<String, String> situations = new HashMap<>();
        observation.situations().forEach(s -> situations.put(s.id(), s.name()));
        return new RecordedPhoto(Observations.photo(observation, info, situations, Map.of(), true),
                observation.version());
    }
}
