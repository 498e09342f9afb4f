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
     * The newest note and photo of each of these participants' plans in the coach's course: one statement
     * ({@link Plan#RECENT_WORK}) whatever their number; participants without a plan are left out.
     */
    public Map<String, RecentWork> recentWork(Session session, String courseId, List<String> participantIds) {
        access.coachedCourse(session, courseId);
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        var work = new HashMap<String, RecentWork>();
        for (var row : data.em().createNamedQuery(Plan.RECENT_WORK, Object[].class).setParameter("courseId", courseId)
                .setParameter("participantIds", participantIds).getResultList()) {
            work.put((String) row[0], new RecentWork(instant(row[1]), instant(row[2])));
        }
        return work;
    }

    /**
     * An aggregate of a DATETIME column comes back as the JDBC type, not as the mapped Instant: a Timestamp (the
     * inverse of how the Instant was written), or a LocalDateTime in the JVM's zone.
     */
    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.LocalDateTime t -> t.atZone(java.time.ZoneId.systemDefault()).toInstant();
            case java.time.OffsetDateTime t -> t.toInstant();
            case java.util.Date d -> d.toInstant();
            default -> throw new IllegalStateException("not a moment: " + value.getClass());
        };
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
