package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.people.control.People;
import nl.groeipad.people.control.People.ParticipantSummary;
import nl.groeipad.plan.control.PlanViews.ParticipantOverview;
import nl.groeipad.plan.control.PlanViews.ParticipantsPage;
import nl.groeipad.plan.control.PlanViews.PlanStatus;
import nl.groeipad.plan.entity.Plan;
import nl.groeipad.plan.entity.PlanSummary;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Session;

/**
 * "Mijn deelnemers" with each participant's plan: its state, the next step and the last activity. The
 * number of SQL statements does not grow with the number of participants: {@code people} reads the page of
 * participants, then one aggregated statement ({@link Plan#SUMMARIES}) reads the plans of all of them.
 */
@ApplicationScoped
@Transactional
public class CoachOverview {

    @Inject
    People people;

    @Inject
    TenantData data;

    @Inject
    PlanCalendar calendar;

    @Inject
    CourseAccess access;

    public ParticipantsPage participants(Session session, String courseId, int offset, Integer limit) {
        var page = people.participants(session, courseId, offset, limit);
        var ids = page.participants().stream().map(ParticipantSummary::id).toList();
        Map<String, PlanSummary> plans = ids.isEmpty() ? Map.of()
                : data.em().createNamedQuery(Plan.SUMMARIES, Object[].class)
                        .setParameter("courseId", courseId).setParameter("participantIds", ids)
                        .setParameter("today", calendar.today()).getResultList().stream()
                        .map(PlanSummary::of)
                        .collect(Collectors.toMap(PlanSummary::participantId, Function.identity()));
        var overview = page.participants().stream().map(p -> {
            var plan = plans.get(p.id());
            var activity = plan == null ? null : plan.lastActivity().orElse(null);
            return new ParticipantOverview(p.id(), p.name(), p.lastSeen(), latest(p.lastSeen(), activity),
                    plan == null ? PlanStatus.none() : PlanStatus.of(plan));
        }).toList();
        return new ParticipantsPage(overview, page.total());
    }

    /** The newest note and photo on a participant's plan, for "new since the coach last looked". */
    public record RecentWork(Instant lastNoteAt, Instant lastPhotoAt) {
    }

    /**
     * The newest note and photo of each of these participants' plans in the coach's course: two statements
     * ({@link Plan#NEWEST_NOTES}, {@link Plan#NEWEST_PHOTOS}) whatever their number; participants without a plan,
     * a note or a photo are left out.
     */
    public Map<String, RecentWork> recentWork(Session session, String courseId, List<String> participantIds) {
        access.coachedCourse(session, courseId);
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        var notes = newest(Plan.NEWEST_NOTES, courseId, participantIds);
        var photos = newest(Plan.NEWEST_PHOTOS, courseId, participantIds);
        var work = new HashMap<String, RecentWork>();
        for (var id : participantIds) {
            if (notes.containsKey(id) || photos.containsKey(id)) {
                work.put(id, new RecentWork(notes.get(id), photos.get(id)));
            }
        }
        return work;
    }

    private Map<String, Instant> newest(String query, String courseId, List<String> participantIds) {
        var newest = new HashMap<String, Instant>();
        for (var row : data.em().createNamedQuery(query, Object[].class).setParameter("courseId", courseId)
                .setParameter("participantIds", participantIds).getResultList()) {
            newest.merge((String) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
        }
        return newest;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
