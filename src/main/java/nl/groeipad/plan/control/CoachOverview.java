package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.people.control.People;
import nl.groeipad.people.control.People.ParticipantSummary;
import nl.groeipad.plan.control.PlanViews.ParticipantOverview;
import nl.groeipad.plan.control.PlanViews.ParticipantsPage;
import nl.groeipad.plan.control.PlanViews.PlanStatus;
import nl.groeipad.plan.entity.Plan;
import nl.groeipad.plan.entity.PlanSummary;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.VersionedCache;
import nl.groeipad.platform.entity.Session;

/**
 * "Mijn deelnemers" with each participant's plan: its state, the next step and the last activity. The
 * number of SQL statements does not grow with the number of participants: {@code people} reads the page of
 * participants, then one statement reads the version of each of their plans ({@link Plan#VERSIONS}), and only the
 * plans this node has not summarised at that version (and day) are summarised again, all in one aggregated
 * statement ({@link Plan#SUMMARIES}). Every change to a plan, its goals or its tasks raises the plan's version
 * ({@code PlanAccess}), so a kept summary is never stale; the last activity is read fresh from the plan's row.
 * The same holds for the newest note and photo ("new since the coach last looked"). See docs/coach.md.
 */
@ApplicationScoped
@Transactional
public class CoachOverview {

    /** Plans whose summary and recent work a node keeps (a few hundred bytes each). */
    static final int KEPT_PLANS = 20_000;

    @Inject
    People people;

    @Inject
    TenantData data;

    @Inject
    PlanCalendar calendar;

    /** Summaries by plan id, stamped with the plan's version and the day (what is overdue depends on it). */
    private final VersionedCache<PlanSummary> summaries = new VersionedCache<>(KEPT_PLANS);
    /** The newest note and photo by plan id, stamped with the plan's version. */
    private final VersionedCache<RecentWork> recent = new VersionedCache<>(KEPT_PLANS);

    private record SummaryStamp(int version, LocalDate day) {
    }

    /** A plan's row as {@link Plan#VERSIONS} reads it. */
    private record PlanStamp(String participantId, String planId, int version, Instant lastActivityAt) {
        static PlanStamp of(Object[] row) {
            return new PlanStamp((String) row[0], (String) row[1], ((Number) row[2]).intValue(), (Instant) row[3]);
        }
    }

    public ParticipantsPage participants(Session session, String courseId, int offset, Integer limit) {
        var page = people.participants(session, courseId, offset, limit);
        return page(courseId, page, stamps(courseId, page));
    }

    /** The coach's desk: a page of participants with their plans, and the newest note and photo of each plan. */
    public record DeskPage(ParticipantsPage page, Map<String, RecentWork> recentWork) {
    }

    /**
     * The first {@code limit} participants as {@link #participants}, with {@link #recentWork} of their plans, reading
     * the plans' versions once for both.
     */
    public DeskPage desk(Session session, String courseId, int limit) {
        var page = people.participants(session, courseId, 0, limit);
        var stamps = stamps(courseId, page);
        return new DeskPage(page(courseId, page, stamps), recentWork(courseId, stamps));
    }

    private ParticipantsPage page(String courseId, People.ParticipantPage page, List<PlanStamp> stamps) {
        var plans = summaries(courseId, stamps);
        var overview = page.participants().stream().map(p -> {
            var plan = plans.get(p.id());
            var activity = plan == null ? null : plan.lastActivity().orElse(null);
            return new ParticipantOverview(p.id(), p.name(), p.lastSeen(), latest(p.lastSeen(), activity),
                    plan == null ? PlanStatus.none() : PlanStatus.of(plan));
        }).toList();
        return new ParticipantsPage(overview, page.total());
    }

    /** The summary of each of these plans by participant: kept ones, the rest in one statement. */
    private Map<String, PlanSummary> summaries(String courseId, List<PlanStamp> stamps) {
        if (stamps.isEmpty()) {
            return Map.of();
        }
        var today = calendar.today();
        var found = new HashMap<String, PlanSummary>();
        var missing = new ArrayList<String>();
        for (var plan : stamps) {
            var kept = summaries.get(plan.planId(), new SummaryStamp(plan.version(), today));
            if (kept == null) {
                missing.add(plan.participantId());
            } else {
                found.put(plan.participantId(), kept.withLastActivity(plan.lastActivityAt()));
            }
        }
        if (!missing.isEmpty()) {
            for (var row : data.em().createNamedQuery(Plan.SUMMARIES, Object[].class)
                    .setParameter("courseId", courseId).setParameter("participantIds", missing)
                    .setParameter("today", today).getResultList()) {
                var summary = PlanSummary.of(row);
                summaries.put(summary.planId(), new SummaryStamp(((Number) row[10]).intValue(), today), summary);
                found.put(summary.participantId(), summary);
            }
        }
        return found;
    }

    /** The plans of the page's participants as their rows are now: one statement (none for an empty page). */
    private List<PlanStamp> stamps(String courseId, People.ParticipantPage page) {
        var participantIds = page.participants().stream().map(ParticipantSummary::id).toList();
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return data.em().createNamedQuery(Plan.VERSIONS, Object[].class).setParameter("courseId", courseId)
                .setParameter("participantIds", participantIds).getResultList().stream().map(PlanStamp::of).toList();
    }

    /** The newest note and photo on a participant's plan, for "new since the coach last looked". */
    public record RecentWork(Instant lastNoteAt, Instant lastPhotoAt) {
        static final RecentWork NONE = new RecentWork(null, null);
    }

    /**
     * The newest note and photo of each of these plans by participant: for the plans not kept at their version two
     * statements ({@link Plan#NEWEST_NOTES}, {@link Plan#NEWEST_PHOTOS}), whatever their number; participants without
     * a plan, a note or a photo are left out.
     */
    private Map<String, RecentWork> recentWork(String courseId, List<PlanStamp> stamps) {
        var work = new HashMap<String, RecentWork>();
        var missing = new HashMap<String, PlanStamp>();
        for (var plan : stamps) {
            var kept = recent.get(plan.planId(), plan.version());
            if (kept == null) {
                missing.put(plan.participantId(), plan);
            } else if (kept != RecentWork.NONE) {
                work.put(plan.participantId(), kept);
            }
        }
        if (!missing.isEmpty()) {
            var ids = List.copyOf(missing.keySet());
            var notes = newest(Plan.NEWEST_NOTES, courseId, ids);
            var photos = newest(Plan.NEWEST_PHOTOS, courseId, ids);
            missing.forEach((participantId, plan) -> {
                var found = notes.containsKey(participantId) || photos.containsKey(participantId)
                        ? new RecentWork(notes.get(participantId), photos.get(participantId)) : RecentWork.NONE;
                // read after the version: at worst newer than it, and then the next request reads it again
                recent.put(plan.planId(), plan.version(), found);
                if (found != RecentWork.NONE) {
                    work.put(participantId, found);
                }
            });
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
