package nl.groeipad.lms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One row of the transactional outbox: "post this score for this participant to the LMS", written in the transaction
 * of the change it reports, so the score is sent exactly when the change is stored. A worker claims due rows (a lease:
 * {@code claimedUntil}), sends them and records the outcome with the {@link RetryPolicy}. The score's timestamp is
 * the moment of the change: a repeated attempt carries the same one, so the LMS can tell it has it (Moodle: 409).
 */
@Entity
@Table(name = "lms_score_outbox")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = ScoreDelivery.DUE, query = """
        select d.id from ScoreDelivery d where d.state = nl.groeipad.lms.entity.DeliveryState.PENDING
        and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)
        order by d.nextAttemptAt, d.createdAt""")
@NamedQuery(name = ScoreDelivery.CLAIM, query = """
        update ScoreDelivery d set d.claimedUntil = :until where d.id = :id
        and d.state = nl.groeipad.lms.entity.DeliveryState.PENDING and (d.claimedUntil is null or d.claimedUntil < :now)""")
@NamedQuery(name = ScoreDelivery.NEXT_DUE, query = """
        select min(d.nextAttemptAt) from ScoreDelivery d where d.state = nl.groeipad.lms.entity.DeliveryState.PENDING""")
@NamedQuery(name = ScoreDelivery.WAITING_FOR, query = """
        select d.id from ScoreDelivery d where d.courseId = :courseId and d.userId = :userId and d.resourceId = :resourceId
        and d.state = nl.groeipad.lms.entity.DeliveryState.PENDING and d.attempts = 0 and d.claimedUntil is null""")
@NamedQuery(name = ScoreDelivery.REPLACE_WAITING, query = """
        update ScoreDelivery d set d.scoreGiven = :given, d.scoreMaximum = :maximum, d.activityProgress = :activity,
        d.gradingProgress = :grading, d.comment = :comment, d.timestamp = :now, d.version = d.version + 1
        where d.id = :id and d.state = nl.groeipad.lms.entity.DeliveryState.PENDING and d.attempts = 0
        and d.claimedUntil is null""")
@NamedQuery(name = ScoreDelivery.LATEST_TIMESTAMP, query = """
        select max(d.timestamp) from ScoreDelivery d where d.courseId = :courseId and d.userId = :userId
        and d.resourceId = :resourceId and d.id <> :except""")
@NamedQuery(name = ScoreDelivery.OF_COURSE, query = """
        select d from ScoreDelivery d where d.courseId = :courseId order by d.createdAt desc, d.id""")
public class ScoreDelivery {

    public static final String DUE = "ScoreDelivery.due";
    public static final String CLAIM = "ScoreDelivery.claim";
    public static final String OF_COURSE = "ScoreDelivery.ofCourse";
    public static final String NEXT_DUE = "ScoreDelivery.nextDue";
    /** A score for this participant and line item that no worker has taken yet (no attempt, no claim). */
    public static final String WAITING_FOR = "ScoreDelivery.waitingFor";
    /**
     * Puts a newer score into such a row — only while it is still untouched: the condition is evaluated on the locked,
     * latest row, so a worker's claim (a conditional update of its own) and this replacement never both win.
     */
    /** The newest score time of this participant and line item, apart from one row (the one about to change). */
    public static final String LATEST_TIMESTAMP = "ScoreDelivery.latestTimestamp";
    public static final String REPLACE_WAITING = "ScoreDelivery.replaceWaiting";

    @Id
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "lms_user_id")
    private String lmsUserId;
    @Column(name = "resource_id")
    private String resourceId;
    private String tag;
    private String label;
    @Column(name = "score_given")
    private BigDecimal scoreGiven;
    @Column(name = "score_maximum")
    private BigDecimal scoreMaximum;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_progress")
    private ActivityProgress activityProgress;
    @Enumerated(EnumType.STRING)
    @Column(name = "grading_progress")
    private GradingProgress gradingProgress;
    @Column(name = "score_comment")
    private String comment;
    @Column(name = "score_timestamp")
    private Instant timestamp;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "line_item_url")
    private String lineItemUrl;
    @Version
    private int version;

    protected ScoreDelivery() {
    }

    public ScoreDelivery(String courseId, String userId, String lmsUserId, LineItemRef target, Score score,
                         String createdBy, Instant now) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.userId = Objects.requireNonNull(userId);
        this.lmsUserId = Objects.requireNonNull(lmsUserId);
        this.resourceId = target.resourceId();
        this.tag = target.tag();
        this.label = target.label();
        this.scoreGiven = score.given();
        this.scoreMaximum = score.maximum();
        this.activityProgress = score.activity();
        this.gradingProgress = score.grading();
        this.comment = score.comment();
        this.timestamp = now;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = now;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** One attempt ended: delivered, again later, or failed, by the policy. The claim ends. */
    public RetryPolicy.Decision attempted(RetryPolicy.Outcome outcome, String lineItem, String error, RetryPolicy policy,
                                          Instant now) {
        if (state != DeliveryState.PENDING) {
            return state == DeliveryState.DELIVERED ? new RetryPolicy.Delivered() : new RetryPolicy.Failed();
        }
        attempts++;
        claimedUntil = null;
        if (lineItem != null) {
            lineItemUrl = lineItem;
        }
        lastStatus = outcome instanceof RetryPolicy.Answered a ? a.status() : null;
        var decision = policy.decide(attempts, outcome, now);
        switch (decision) {
            case RetryPolicy.Delivered d -> {
                state = DeliveryState.DELIVERED;
                deliveredAt = now;
                lastError = null;
            }
            case RetryPolicy.RetryAt r -> {
                nextAttemptAt = r.when();
                lastError = shortened(error);
            }
            case RetryPolicy.Failed f -> {
                state = DeliveryState.FAILED;
                lastError = shortened(error);
            }
        }
        return decision;
    }

    /** The claim ends without an attempt (the LMS was not asked): due again at {@code when}. */
    public void postponed(Instant when, String why) {
        claimedUntil = null;
        nextAttemptAt = when;
        lastError = shortened(why);
    }

    /** "Opnieuw proberen": a failed delivery is due again now, with a fresh series of attempts. */
    public void retry(Instant now) {
        if (state == DeliveryState.DELIVERED) {
            throw new Conflict("already-delivered", Text.of("Dit cijfer staat al in de leeromgeving.",
                    "This grade is already in the learning environment."));
        }
        if (state == DeliveryState.FAILED) {
            state = DeliveryState.PENDING;
            attempts = 0;
            nextAttemptAt = now;
            claimedUntil = null;
        }
    }

    private static String shortened(String error) {
        return error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public String userId() {
        return userId;
    }

    public String lmsUserId() {
        return lmsUserId;
    }

    public LineItemRef target() {
        return resourceId == null ? LineItemRef.LAUNCH : new LineItemRef(resourceId, tag, label);
    }

    public Score score() {
        return new Score(scoreGiven, scoreMaximum, activityProgress, gradingProgress, comment);
    }

    public Instant timestamp() {
        return timestamp;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String lineItemUrl() {
        return lineItemUrl;
    }

    public int version() {
        return version;
    }
}
