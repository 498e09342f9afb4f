package nl.groeipad.observation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.observation.entity.CompletionRule;
import nl.groeipad.observation.entity.MasteryTarget;
import nl.groeipad.observation.entity.Observation;
import nl.groeipad.observation.entity.ObservationStatus;
import nl.groeipad.observation.entity.OfflineResult;
import nl.groeipad.observation.entity.TargetCheck;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Session;

/**
 * The completion check for other features (the credential feature's completion moments): whether a participant's
 * concluded observations and tests or practical exams from elsewhere meet targets (competency and level) by
 * {@link CompletionRule}. A coach (or admin) of the participant's course asks ({@link CourseAccess}: a participant
 * hears 403, anyone else 404); the participant asks for themselves through {@link #checkMine}.
 */
@ApplicationScoped
@Transactional
public class Mastery {

    @Inject
    TenantData data;

    @Inject
    CourseAccess access;

    /** Ready for completion: there are targets and every one is met. */
    public static boolean ready(List<TargetCheck> checks) {
        return CompletionRule.ready(checks);
    }

    /** The completion rule in plain words, for the coach's screen. */
    public static nl.groeipad.platform.entity.Text rule() {
        return CompletionRule.TEXT;
    }

    /** The check of each target for one participant of the caller's course (two statements). */
    public List<TargetCheck> check(Session session, String courseId, String participantId, List<MasteryTarget> targets) {
        access.participantOf(session, courseId, participantId);
        return CompletionRule.check(targets, concluded(courseId, participantId), offline(courseId, participantId));
    }

    /**
     * The check of each target for the caller themselves, a participant in the course they launched from
     * ({@link CourseAccess#self}: a coach hears 403). Concluded observations and offline results only, never an open
     * observation (two statements).
     */
    public List<TargetCheck> checkMine(Session session, List<MasteryTarget> targets) {
        var owner = access.self(session);
        var courseId = owner.course().value();
        var participantId = owner.participant().value();
        return CompletionRule.check(targets, concluded(courseId, participantId), offline(courseId, participantId));
    }

    /**
     * The checks for many participants of one course at once (two statements for the whole course), for the coach's
     * overview of who is ready for completion.
     *
     * @param targets per participant id, the targets to check (a participant without targets is left out)
     */
    public Map<String, List<TargetCheck>> checkCourse(Session session, String courseId,
                                                      Map<String, List<MasteryTarget>> targets) {
        access.coachedCourse(session, courseId);
        var concluded = new HashMap<String, List<CompletionRule.Concluded>>();
        // One row per competency of every concluded observation of the course: no statement per observation.
        data.em().createQuery("select o.participantId, c.competencyKey, o.level, c.reached, o.concludedEarly, "
                        + "o.concludedIncomplete, o.concludedAt, c.indicatorsReached, c.indicatorsTotal "
                        + "from ObservationCompetency c join c.observation o "
                        + "where o.courseId = :courseId and o.status = :status", Object[].class)
                .setParameter("courseId", courseId).setParameter("status", ObservationStatus.CONCLUDED).getResultList()
                .forEach(row -> concluded.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(
                        new CompletionRule.Concluded((String) row[1], (Level) row[2], Boolean.TRUE.equals(row[3]),
                                Boolean.TRUE.equals(row[4]), Boolean.TRUE.equals(row[5]), (java.time.Instant) row[6],
                                (Integer) row[7], (Integer) row[8])));
        var offline = new HashMap<String, List<CompletionRule.Offline>>();
        for (var r : data.em().createQuery("select r from OfflineResult r where r.courseId = :courseId",
                OfflineResult.class).setParameter("courseId", courseId).getResultList()) {
            offline.computeIfAbsent(r.participantId(), k -> new ArrayList<>()).add(offline(r));
        }
        var result = new HashMap<String, List<TargetCheck>>();
        targets.forEach((participant, wanted) -> result.put(participant, CompletionRule.check(wanted,
                concluded.getOrDefault(participant, List.of()), offline.getOrDefault(participant, List.of()))));
        return result;
    }

    private List<CompletionRule.Concluded> concluded(String courseId, String participantId) {
        return data.em().createNamedQuery(Observation.OF_PARTICIPANT, Observation.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList()
                .stream().filter(Observation::isConcluded).flatMap(o -> concluded(o).stream()).toList();
    }

    private static List<CompletionRule.Concluded> concluded(Observation o) {
        return o.competencies().stream().map(c -> new CompletionRule.Concluded(c.competencyKey(), o.level(),
                c.reached().orElse(false), o.concludedEarly(), o.concludedIncomplete(), o.concludedAt(),
                c.indicatorsReached(), c.indicatorsTotal())).toList();
    }

    private List<CompletionRule.Offline> offline(String courseId, String participantId) {
        return data.em().createNamedQuery(OfflineResult.OF_PARTICIPANT, OfflineResult.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList()
                .stream().map(Mastery::offline).toList();
    }

    private static CompletionRule.Offline offline(OfflineResult r) {
        return new CompletionRule.Offline(r.competencyKey(), r.level(), r.kind(), r.achievedOn());
    }
}
