package nl.groeipad.lms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.groeipad.lms.entity.ActivityProgress;
import nl.groeipad.lms.entity.DeliveryState;
import nl.groeipad.lms.entity.GradingProgress;
import nl.groeipad.lms.entity.LineItemRef;
import nl.groeipad.lms.entity.Score;
import nl.groeipad.lms.entity.ScoreDelivery;
import nl.groeipad.lms.entity.ScoreTimes;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.people.control.People;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * The LMS gradebook as features see it. {@link #post} records "post this score for this participant" in the outbox,
 * in the caller's transaction: the score is sent (by {@link ScoreDeliveryWorker}) exactly when the change it reports
 * is stored, and never lost when the LMS is away. The coach's side: the course's grades with where each one is
 * ("staat in Moodle", waiting, failed), sending a score or the plan's progress, and "opnieuw proberen".
 */
@ApplicationScoped
@Transactional
public class Gradebook {

    static final Text GRADE = Text.of("dit cijfer", "this grade");
    /** Groeipad's own line item for the plan's progress (one per course). */
    public static final LineItemRef PLAN_PROGRESS = LineItemRef.own("groeipad-plan", "groeipad-plan", "Groeipad: plan van aanpak");

    @Inject
    TenantData data;

    @Inject
    People people;

    @Inject
    CourseAccess access;

    @Inject
    Plans plans;

    @Inject
    Clock clock;

    @Inject
    DeliverySchedule schedule;

    @Inject
    TenantScope scope;

    /** A score in the outbox as the coach sees it. {@code inLms}: the LMS accepted it ("staat in Moodle"). */
    public record GradeView(String id, String userId, String resourceId, String label, BigDecimal scoreGiven,
                            BigDecimal scoreMaximum, String comment, String state, boolean inLms, int attempts,
                            Instant createdAt, Instant deliveredAt, Instant nextAttemptAt, Integer lastStatus,
                            String lastError) {
        static GradeView of(ScoreDelivery d) {
            var score = d.score();
            return new GradeView(d.id(), d.userId(), d.target().resourceId(), d.target().label(), score.given(),
                    score.maximum(), score.comment(), d.state().name().toLowerCase(java.util.Locale.ROOT),
                    d.state() == DeliveryState.DELIVERED, d.attempts(), d.createdAt(), d.deliveredAt(),
                    d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null, d.lastStatus(), d.lastError());
        }
    }

    /**
     * Records a score for a participant of a course of the current organisation, to be sent to the LMS; joins the
     * caller's transaction (a rollback takes the score with it). Its timestamp is now: the LMS keeps the newest.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String post(String courseId, String userId, LineItemRef target, Score score, String recordedBy) {
        var subject = people.subjectOf(userId).orElseThrow(() -> NotFound.of(Text.of("deze deelnemer", "this participant")));
        var delivery = new ScoreDelivery(courseId, userId, subject, target, score, recordedBy,
                scoreTime(courseId, userId, target, ""));
        data.em().persist(delivery);
        schedule.afterCommit(scope.require());
        return delivery.id();
    }

    /**
     * Like {@link #post}, for a progress score that replaces the previous one: when a score for this participant and
     * line item is still waiting untouched in the outbox (no attempt, no claim), it takes the newer score and time
     * instead of a second row (ticks that come before the worker's next round send one score, the latest). Otherwise a
     * new row is written; the worker wakes after each commit, so most ticks still send a score of their own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String postLatest(String courseId, String userId, LineItemRef target, Score score) {
        var em = data.em();
        for (var waiting : em.createNamedQuery(ScoreDelivery.WAITING_FOR, String.class).setParameter("courseId", courseId)
                .setParameter("userId", userId).setParameter("resourceId", target.resourceId()).getResultList()) {
            var replaced = em.createNamedQuery(ScoreDelivery.REPLACE_WAITING).setParameter("id", waiting)
                    .setParameter("given", score.given()).setParameter("maximum", score.maximum())
                    .setParameter("activity", score.activity()).setParameter("grading", score.grading())
                    .setParameter("comment", score.comment())
                    .setParameter("now", scoreTime(courseId, userId, target, waiting)).executeUpdate();
            if (replaced == 1) {
                schedule.afterCommit(scope.require());
                return waiting;
            }
        }
        return post(courseId, userId, target, score, null);
    }

    /**
     * The time of a new score for this participant and line item: now, but always a whole second later than the
     * column's previous score. Moodle keeps a grade's time in whole seconds and refuses (409) a score that is not newer
     * than the one it has, and MariaDB through Connector/J stores our times without their milliseconds; so two changes
     * in one second would otherwise leave the LMS with the first and make "the newest" a tie.
     */
    private Instant scoreTime(String courseId, String userId, LineItemRef target, String exceptRow) {
        var now = clock.instant();
        var latest = data.em().createNamedQuery(ScoreDelivery.LATEST_TIMESTAMP, Instant.class)
                .setParameter("courseId", courseId).setParameter("userId", userId)
                .setParameter("resourceId", target.resourceId()).setParameter("except", exceptRow).getSingleResult();
        return ScoreTimes.after(latest, now);
    }

    /** The course's grades: per participant and line item the newest score, newest first (coach or admin). */
    public List<GradeView> grades(Session session, String courseId) {
        access.coachedCourse(session, courseId);
        var newest = new LinkedHashMap<String, ScoreDelivery>();
        var failedEarlier = new ArrayList<ScoreDelivery>();
        for (var d : data.em().createNamedQuery(ScoreDelivery.OF_COURSE, ScoreDelivery.class)
                .setParameter("courseId", courseId).setMaxResults(2000).getResultList()) {
            var key = d.userId() + " " + d.target().resourceId();
            if (newest.putIfAbsent(key, d) != null && d.state() == DeliveryState.FAILED) {
                failedEarlier.add(d); // an older failure stays visible until it is tried again
            }
        }
        var views = new ArrayList<GradeView>();
        newest.values().forEach(d -> views.add(GradeView.of(d)));
        failedEarlier.forEach(d -> views.add(GradeView.of(d)));
        return views;
    }

    /** The coach sends a score for a participant of their course to the course's Groeipad activity in the LMS. */
    public GradeView send(Session session, String courseId, String userId, Score score) {
        var owner = access.participantOf(session, courseId, userId);
        var id = post(owner.course().value(), userId, LineItemRef.LAUNCH, score, session.userId());
        return GradeView.of(data.em().find(ScoreDelivery.class, id));
    }

    /**
     * The coach sends the participant's plan progress: tasks done out of all tasks, to Groeipad's own line item
     * "Groeipad: plan van aanpak" (created in the LMS the first time).
     */
    public GradeView sendPlanProgress(Session session, String courseId, String userId) {
        var owner = access.participantOf(session, courseId, userId);
        var plan = plans.findPlanOf(session, courseId, userId)
                .orElseThrow(() -> NotFound.of(Text.of("het plan van deze deelnemer", "this participant's plan")));
        var total = plan.goals().stream().mapToInt(g -> g.tasksTotal()).sum();
        var done = plan.goals().stream().mapToInt(g -> g.tasksDone()).sum();
        if (total == 0) {
            throw new InvalidField("source", Text.of("Dit plan heeft nog geen taken: er is geen voortgang om te sturen.",
                    "This plan has no tasks yet: there is no progress to send."));
        }
        var id = post(owner.course().value(), userId, PLAN_PROGRESS, planProgress(done, total), session.userId());
        return GradeView.of(data.em().find(ScoreDelivery.class, id));
    }

    /** The plan's progress as a score: tasks done out of all tasks, completed when all are done. */
    static Score planProgress(int done, int total) {
        return new Score(BigDecimal.valueOf(done), BigDecimal.valueOf(total),
                done == total ? ActivityProgress.Completed : ActivityProgress.InProgress, GradingProgress.FullyGraded,
                done + " van de " + total + " taken gedaan / " + done + " of " + total + " tasks done");
    }

    /** "Opnieuw proberen": a failed score of the coach's course is sent again (a fresh series of attempts). */
    public GradeView retry(Session session, String courseId, String deliveryId) {
        access.coachedCourse(session, courseId);
        var delivery = data.findForChange(ScoreDelivery.class, deliveryId)
                .filter(d -> d.courseId().equals(courseId))
                .orElseThrow(() -> NotFound.of(GRADE));
        delivery.retry(clock.instant());
        schedule.afterCommit(session.tenant());
        return GradeView.of(delivery);
    }
}
