package nl.groeipad.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.groeipad.evaluation.control.EvaluationViews.EvaluationView;
import nl.groeipad.evaluation.control.EvaluationViews.EvaluationsView;
import nl.groeipad.evaluation.control.EvaluationViews.FeedbackView;
import nl.groeipad.evaluation.control.EvaluationViews.ReflectionView;
import nl.groeipad.evaluation.control.EvaluationViews.ScheduleView;
import nl.groeipad.evaluation.entity.Answer;
import nl.groeipad.evaluation.entity.EvaluationFeedback;
import nl.groeipad.evaluation.entity.EvaluationRhythm;
import nl.groeipad.evaluation.entity.EvaluationSchedule;
import nl.groeipad.evaluation.entity.InterimEvaluation;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * Interim evaluations (tussenevaluaties). Who may do what, decided by {@link CourseAccess}:
 * <ul>
 * <li>a coach (or admin) of the participant's course: the rhythm, the list, the feedback;</li>
 * <li>the participant: their own evaluations in the course they launched from, and their reflection;</li>
 * <li>a participant on the coach's part: 403; a coach of another course or organisation: 404.</li>
 * </ul>
 * Every query goes through {@link TenantData} (the organisation's rows only).
 */
@ApplicationScoped
@Transactional
public class Evaluations {

    static final Text EVALUATION = Text.of("deze tussenevaluatie", "this interim evaluation");

    @Inject
    TenantData data;

    @Inject
    CourseAccess access;

    @Inject
    PlanCalendar calendar;

    /** The participant's three answers and an optional note. */
    public record Reflect(LocalDate dueOn, String work, String learning, String help, String note) {
    }

    /** The coach's feedback: what goes well, what is still to learn. */
    public record Feedback(String goingWell, String toLearn) {
    }

    // ---- the coach -------------------------------------------------------------------------------------------

    public EvaluationsView ofParticipant(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        return view(courseId, participantId);
    }

    public ScheduleView schedule(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        return scheduleView(findSchedule(courseId, participantId).orElse(null));
    }

    /**
     * Agrees the rhythm: the first time without a precondition (one that is sent must be "0"), a change with the
     * schedule's version (428/412).
     */
    public ScheduleView setSchedule(Session session, String courseId, String participantId, Precondition seen,
                                    Integer everyWeeks) {
        access.participantOf(session, courseId, participantId);
        var weeks = EvaluationRhythm.checkWeeks(everyWeeks);
        var existing = findSchedule(courseId, participantId);
        if (existing.isEmpty()) {
            if (seen.isPresent()) {
                seen.check(0, Text.of("de afspraak over tussenevaluaties", "the agreement on interim evaluations"),
                        () -> scheduleView(null));
            }
            var schedule = new EvaluationSchedule(courseId, participantId, weeks, calendar.today(), session.userId(),
                    calendar.now());
            data.em().persist(schedule);
            data.em().flush();
            return scheduleView(schedule);
        }
        var schedule = data.findForChange(EvaluationSchedule.class, existing.get().id()).orElseThrow();
        seen.check(schedule.version(), schedule.label(), () -> scheduleView(schedule));
        schedule.change(weeks, session.userId(), calendar.now());
        data.em().flush();
        return scheduleView(schedule);
    }

    /**
     * The coach's feedback on the evaluation that is due ({@code dueOn} must name it): started when the participant
     * did not reflect yet. 409 {@code not-due} for another day, {@code feedback-exists} when it has feedback already
     * (a change goes through {@link #changeFeedback} with If-Match).
     */
    public EvaluationView writeFeedback(Session session, String courseId, String participantId, LocalDate dueOn,
                                        Feedback feedback) {
        access.participantOf(session, courseId, participantId);
        var due = dueEvaluation(courseId, participantId, dueOn, false);
        var evaluation = due.evaluation();
        if (evaluation.isCompleted()) {
            throw new Conflict("feedback-exists", Text.of(
                    "Bij deze tussenevaluatie staat al een reactie. Verander die als je iets wilt aanpassen.",
                    "This interim evaluation already has feedback. Change that one to adjust it."));
        }
        data.em().persist(evaluation.feedback(session.userId(), feedback.goingWell(), feedback.toLearn(), calendar.now()));
        changed(due);
        return evaluationView(evaluation, history(List.of(evaluation)));
    }

    /** A new version of the coach's feedback; the earlier ones stay in the history. If-Match required. */
    public EvaluationView changeFeedback(Session session, String courseId, String participantId, String id,
                                         Precondition seen, Feedback feedback) {
        access.participantOf(session, courseId, participantId);
        var evaluation = data.findForChange(InterimEvaluation.class, id).filter(e -> e.belongsTo(courseId, participantId))
                .orElseThrow(() -> NotFound.of(EVALUATION));
        seen.check(evaluation.version(), evaluation.label(), () -> evaluationView(evaluation, history(List.of(evaluation))));
        data.em().persist(evaluation.feedback(session.userId(), feedback.goingWell(), feedback.toLearn(), calendar.now()));
        data.willChange(evaluation);
        data.em().flush();
        return evaluationView(evaluation, history(List.of(evaluation)));
    }

    /**
     * For the coach's desk: per participant of the list who has an interim evaluation due now (from 3 days before
     * its day on, and until the coach completed it), its due day. Two statements whatever the number of participants.
     */
    public Map<String, LocalDate> dueOf(Session session, String courseId, List<String> participantIds) {
        access.coachedCourse(session, courseId);
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        var schedules = data.em().createNamedQuery(EvaluationSchedule.OF_PARTICIPANTS, EvaluationSchedule.class)
                .setParameter("courseId", courseId).setParameter("participantIds", participantIds).getResultList();
        if (schedules.isEmpty()) {
            return Map.of();
        }
        var completed = lastCompleted(courseId, schedules.stream().map(EvaluationSchedule::participantId).toList());
        var today = calendar.today();
        var due = new HashMap<String, LocalDate>();
        for (var s : schedules) {
            var next = EvaluationRhythm.nextDue(s.startsOn(), s.everyWeeks(), completed.get(s.participantId()));
            if (EvaluationRhythm.isDue(next, today)) {
                due.put(s.participantId(), next);
            }
        }
        return due;
    }

    // ---- the participant -------------------------------------------------------------------------------------

    public EvaluationsView mine(Session session) {
        var owner = access.self(session);
        return view(owner.course().value(), owner.participant().value());
    }

    /** The participant's reflection on the evaluation that is due (once). */
    public EvaluationView reflect(Session session, Reflect reflect) {
        var owner = access.self(session);
        var courseId = owner.course().value();
        var participantId = owner.participant().value();
        var work = Answer.parse("work", reflect.work());
        var learning = Answer.parse("learning", reflect.learning());
        var help = Answer.parse("help", reflect.help());
        var due = dueEvaluation(courseId, participantId, reflect.dueOn(), true);
        var evaluation = due.evaluation();
        evaluation.reflect(work, learning, help, reflect.note(), calendar.now());
        changed(due);
        return evaluationView(evaluation, history(List.of(evaluation)));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The evaluation of the day that is due, and whether this transaction made it. */
    private record Due(InterimEvaluation evaluation, boolean made) {
    }

    /** Written now: an evaluation stored before rises by one version (a new one stays at version 1). */
    private void changed(Due due) {
        if (!due.made()) {
            data.willChange(due.evaluation());
        }
        data.em().flush();
    }

    /**
     * The evaluation of the day that is due now, found locked or made: 409 {@code no-evaluations} without a rhythm,
     * {@code not-due} when {@code dueOn} is not the due day or (for the participant) it is not due yet.
     */
    private Due dueEvaluation(String courseId, String participantId, LocalDate dueOn, boolean onlyWhenDue) {
        var schedule = findSchedule(courseId, participantId).orElseThrow(() -> new Conflict("no-evaluations", Text.of(
                "Er zijn nog geen tussenevaluaties afgesproken.", "No interim evaluations were agreed yet.")));
        var next = EvaluationRhythm.nextDue(schedule.startsOn(), schedule.everyWeeks(),
                lastCompleted(courseId, List.of(participantId)).get(participantId));
        var today = calendar.today();
        if (dueOn == null || !dueOn.equals(next) || (onlyWhenDue && !EvaluationRhythm.isDue(next, today))) {
            throw new Conflict("not-due", Text.of("De volgende tussenevaluatie is op " + next + ".",
                    "The next interim evaluation is on " + next + "."));
        }
        var found = evaluationsOf(courseId, participantId).stream().filter(e -> e.dueOn().equals(next)).findFirst();
        if (found.isPresent()) {
            return new Due(data.findForChange(InterimEvaluation.class, found.get().id()).orElseThrow(), false);
        }
        var made = new InterimEvaluation(courseId, participantId, next, calendar.now());
        data.em().persist(made);
        data.em().flush(); // before its feedback row (no JPA relationship orders the inserts)
        return new Due(made, true);
    }

    private EvaluationsView view(String courseId, String participantId) {
        var schedule = findSchedule(courseId, participantId).orElse(null);
        var evaluations = evaluationsOf(courseId, participantId);
        var history = history(evaluations);
        var views = evaluations.stream().map(e -> evaluationView(e, history)).toList();
        if (schedule == null) {
            return new EvaluationsView(scheduleView(null), null, false, false, false, null, views);
        }
        var last = evaluations.stream().filter(InterimEvaluation::isCompleted).map(InterimEvaluation::dueOn)
                .max(LocalDate::compareTo).orElse(null);
        var next = EvaluationRhythm.nextDue(schedule.startsOn(), schedule.everyWeeks(), last);
        var today = calendar.today();
        var due = EvaluationRhythm.isDue(next, today);
        var current = views.stream().filter(v -> v.dueOn().equals(next)).findFirst().orElse(null);
        var canReflect = due && (current == null || current.reflection() == null);
        return new EvaluationsView(scheduleView(schedule), next, due, EvaluationRhythm.isLate(next, today), canReflect,
                current, views);
    }

    private Map<String, LocalDate> lastCompleted(String courseId, List<String> participantIds) {
        return data.em().createNamedQuery(InterimEvaluation.LAST_COMPLETED, Object[].class)
                .setParameter("courseId", courseId).setParameter("participantIds", participantIds).getResultList()
                .stream().collect(Collectors.toMap(row -> (String) row[0], row -> (LocalDate) row[1]));
    }

    private Optional<EvaluationSchedule> findSchedule(String courseId, String participantId) {
        return data.em().createNamedQuery(EvaluationSchedule.OF_PARTICIPANTS, EvaluationSchedule.class)
                .setParameter("courseId", courseId).setParameter("participantIds", List.of(participantId))
                .getResultStream().findFirst();
    }

    private List<InterimEvaluation> evaluationsOf(String courseId, String participantId) {
        return data.em().createNamedQuery(InterimEvaluation.OF_PARTICIPANT, InterimEvaluation.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList();
    }

    private Map<String, List<FeedbackView>> history(List<InterimEvaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<String, List<FeedbackView>>();
        data.em().createNamedQuery(EvaluationFeedback.OF_EVALUATIONS, EvaluationFeedback.class)
                .setParameter("evaluationIds", evaluations.stream().map(InterimEvaluation::id).toList())
                .getResultList().forEach(f -> result.computeIfAbsent(f.evaluationId(), k -> new ArrayList<>())
                        .add(new FeedbackView(f.goingWell(), f.toLearn(), f.coachId(), f.writtenAt())));
        return result;
    }

    private static ScheduleView scheduleView(EvaluationSchedule s) {
        return s == null ? new ScheduleView(null, null, 0, null)
                : new ScheduleView(s.everyWeeks(), s.startsOn(), s.version(), s.setAt());
    }

    private static EvaluationView evaluationView(InterimEvaluation e, Map<String, List<FeedbackView>> history) {
        var reflection = e.isReflected() ? new ReflectionView(json(e.workAnswer()), json(e.learningAnswer()),
                json(e.helpAnswer()), e.participantNote(), e.reflectedAt()) : null;
        var feedback = e.isCompleted() ? new FeedbackView(e.goingWell(), e.toLearn(), e.feedbackBy(), e.feedbackAt()) : null;
        return new EvaluationView(e.id(), e.version(), e.dueOn(), e.isCompleted(), reflection, feedback,
                history.getOrDefault(e.id(), List.of()).reversed());
    }

    private static String json(Answer answer) {
        return answer == null ? null : answer.json();
    }
}
