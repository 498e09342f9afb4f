package nl.groeipad.coach.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groeipad.coach.entity.Attention;
import nl.groeipad.coach.entity.Attention.Reason;
import nl.groeipad.coach.entity.Attention.Signals;
import nl.groeipad.coach.entity.Attention.Sort;
import nl.groeipad.coach.entity.CoachVisit;
import nl.groeipad.evaluation.control.Evaluations;
import nl.groeipad.intake.control.Intakes;
import nl.groeipad.intake.control.Intakes.ReviewState;
import nl.groeipad.observation.control.Observations;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.plan.control.CoachOverview;
import nl.groeipad.plan.control.CoachOverview.RecentWork;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.plan.control.PlanViews.ParticipantOverview;
import nl.groeipad.plan.control.PlanViews.PlanStatus;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Session;

/**
 * "Mijn deelnemers" as a list of who needs the coach: the participants of the coach's course with their plan's
 * state (from {@code plan}), where their latest intake stands (from {@code intake}) and what is new since this
 * coach last looked, each with the reasons of {@link Attention}, sorted. The number of SQL statements does not
 * grow with the number of participants: the page of people and their plan summaries (as the participant list),
 * then one statement each for the intakes and the coach's visits (the newest notes and photos come with the plans'
 * versions, see {@code CoachOverview.desk}), the open
 * observations' periods ending soon (from {@code observation}) and the interim evaluations due (from
 * {@code evaluation}: two).
 */
@ApplicationScoped
@Transactional
public class CoachDesk {

    /** The list holds at most this many participants (the most recently active), as the participant list's largest page. */
    public static final int MAX = 500;

    @Inject
    CoachOverview overview;

    @Inject
    Intakes intakes;

    @Inject
    CourseAccess access;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    Observations observations;

    @Inject
    Evaluations evaluations;

    @Inject
    PlanCalendar calendar;

    /** One participant in the coach's list, with the reasons to look (most pressing first) and the intake's state. */
    public record ParticipantAttention(String id, String name, Instant lastSeen, Instant lastActivity, PlanStatus plan,
                                       String intake, Instant lookedAt, LocalDate observationEndsOn,
                                       LocalDate evaluationDueOn, List<String> reasons) {
    }

    /** The list and how many of them need the coach now (the count on the coach's home). */
    public record AttentionList(int needsAttention, long total, List<ParticipantAttention> participants) {
    }

    public AttentionList attention(Session session, String courseId, Sort sort) {
        access.coachedCourse(session, courseId);
        var desk = overview.desk(session, courseId, MAX);
        var page = desk.page();
        var ids = page.participants().stream().map(ParticipantOverview::id).toList();
        var states = intakes.reviewStates(session, courseId, ids);
        var work = desk.recentWork();
        var visits = visits(session, courseId, ids);
        var ending = observations.periodsEnding(session, courseId, ids, Attention.ENDING_DAYS);
        var due = evaluations.dueOf(session, courseId, ids);
        var now = clock.instant();
        var today = calendar.today();
        var rows = page.participants().stream().map(p -> row(p, states.get(p.id()), work.get(p.id()), visits.get(p.id()),
                        ending.get(p.id()), due.get(p.id()), now, today))
                .sorted(Attention.order(sort, Locale.forLanguageTag(session.language()))).toList();
        var needing = (int) rows.stream().filter(r -> !r.reasons().isEmpty()).count();
        return new AttentionList(needing, page.total(), rows.stream().map(Row::view).toList());
    }

    /** The coach looked at the participant's page now: what is older is no longer new to them. */
    public void looked(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        var now = clock.instant();
        var existing = data.em().createNamedQuery(CoachVisit.OF_COACH, CoachVisit.class).setParameter("courseId", courseId)
                .setParameter("coachId", session.userId()).setParameter("participantIds", List.of(participantId))
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().lookedAgain(now);
        } else {
            data.em().persist(new CoachVisit(courseId, session.userId(), participantId, now));
        }
        data.em().flush();
    }

    private Map<String, Instant> visits(Session session, String courseId, List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return data.em().createNamedQuery(CoachVisit.OF_COACH, CoachVisit.class).setParameter("courseId", courseId)
                .setParameter("coachId", session.userId()).setParameter("participantIds", ids).getResultStream()
                .collect(Collectors.toMap(CoachVisit::participantId, CoachVisit::lookedAt, (a, b) -> a.isAfter(b) ? a : b));
    }

    /** A participant with the reasons, sortable before it becomes the answer. */
    private record Row(ParticipantAttention view, List<Reason> reasonList) implements Attention.Row {
        @Override
        public String name() {
            return view.name();
        }

        @Override
        public List<Reason> reasons() {
            return reasonList;
        }

        @Override
        public Instant lastActivity() {
            return view.lastActivity();
        }
    }

    private static Row row(ParticipantOverview p, ReviewState intake, RecentWork work, Instant lookedAt,
                           LocalDate observationEndsOn, LocalDate evaluationDueOn, Instant now, LocalDate today) {
        var signals = new Signals(intake != null && intake.waitsForReview(), p.plan().tasksOverdue(),
                work == null ? null : work.lastNoteAt(), work == null ? null : work.lastPhotoAt(), lookedAt,
                p.lastActivity(), observationEndsOn, evaluationDueOn);
        var reasons = Attention.reasons(signals, now, today);
        var view = new ParticipantAttention(p.id(), p.name(), p.lastSeen(), p.lastActivity(), p.plan(),
                intake == null ? "none" : intake.waitsForReview() ? "waiting" : intake.status(), lookedAt,
                observationEndsOn, evaluationDueOn,
                reasons.stream().map(Reason::json).toList());
        return new Row(view, reasons);
    }
}
