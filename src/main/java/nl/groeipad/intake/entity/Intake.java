package nl.groeipad.intake.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A participant's intake in one course: the self-assessment over the behavioural indicators of one framework
 * version, and the coach's observation next to it.
 *
 * <p>Life story: a coach starts it for a participant of their course (or the participant starts it on the
 * organisation's default framework). It holds one question per indicator, in the framework's order. The
 * participant answers one question at a time ("Dit kan ik al / een beetje / nog niet"), may stop at any moment
 * and goes on at the first unanswered question, and may change an answer while the intake is in progress.
 * When every question is answered the participant completes it; after that the answers stay as they are,
 * unless the coach reopens the intake. Independently the coach records an observation per indicator: a score
 * 1–5 with an optional short note, which never changes the participant's own answers. Both feed the
 * suggestions ({@link SuggestionRules}); once the coach has turned them into plan goals the intake is marked
 * accepted.
 *
 * <p>Its {@link #version()} rises with every change: an answer, an observation, completion, reopening,
 * acceptance. A coach's change that builds on what they read (an observation, accepting the suggestions) names
 * the version it was made on (If-Match); the participant's answers and the transitions need none.
 */
@Entity
@Table(name = "intake")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Intake.OF_PARTICIPANT, query = """
        select i from Intake i where i.courseId = :courseId and i.participantId = :participantId
        order by i.startedAt desc, i.id""")
@NamedQuery(name = Intake.LATEST_OF_PARTICIPANTS, query = """
        select i from Intake i where i.courseId = :courseId and i.participantId in :participantIds
          and i.startedAt = (select max(j.startedAt) from Intake j
                             where j.courseId = i.courseId and j.participantId = i.participantId)""")
public class Intake {

    public static final String OF_PARTICIPANT = "Intake.ofParticipant";
    /** The latest intake of each of the given participants of a course, in one statement whatever their number. */
    public static final String LATEST_OF_PARTICIPANTS = "Intake.latestOfParticipants";

    @Id
    private String id;
    @Version
    private int version;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "framework_version_id")
    private String frameworkVersionId;
    @Column(name = "started_by")
    private String startedBy;
    @Enumerated(EnumType.STRING)
    private IntakeStatus status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "reopened_at")
    private Instant reopenedAt;
    @Column(name = "reopen_reason")
    private String reopenReason;

    @OneToMany(mappedBy = "intake", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<IntakeQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "intake", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IntakeObservation> observations = new ArrayList<>();

    /** One behaviour to ask about: the indicator row of the framework version and its competency's key. */
    public record QuestionRef(String indicatorId, String competencyKey) {
        public QuestionRef {
            Objects.requireNonNull(indicatorId, "indicatorId");
            Objects.requireNonNull(competencyKey, "competencyKey");
        }
    }

    protected Intake() {
    }

    /**
     * A new intake in progress, asking about these indicators in this order.
     *
     * @param startedBy the coach who started it, or the participant themselves
     */
    public Intake(String courseId, String participantId, String frameworkVersionId, String startedBy,
                  List<QuestionRef> asked, Instant now) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.participantId = Objects.requireNonNull(participantId, "participantId");
        this.frameworkVersionId = Objects.requireNonNull(frameworkVersionId, "frameworkVersionId");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        if (asked == null || asked.isEmpty()) {
            throw new InvalidField("competencyKeys", new Text(
                    "Kies een raamwerk en competenties met minstens één gedragsindicator.",
                    "Choose a framework and competencies with at least one behavioural indicator."));
        }
        var seen = new HashSet<String>();
        for (var ref : asked) {
            if (seen.add(ref.indicatorId())) {
                questions.add(new IntakeQuestion(this, questions.size(), ref));
            }
        }
        this.status = IntakeStatus.IN_PROGRESS;
        this.startedAt = now;
        this.updatedAt = now;
    }

    // ---- the participant's self-assessment -----------------------------------------------------

    /** The participant's answer to the question about this indicator; an answer may change until completion. */
    public void answer(String indicatorId, SelfAssessment answer, Instant now) {
        Objects.requireNonNull(answer, "answer");
        if (status == IntakeStatus.COMPLETED) {
            throw new Conflict("intake-completed", new Text(
                    "Je hebt alle vragen al ingeleverd. Wil je iets veranderen? Vraag het je begeleider.",
                    "You have already handed in all answers. Want to change something? Ask your coach."));
        }
        question(indicatorId).answer(answer, now);
        updatedAt = now;
    }

    /** Hands in the self-assessment; only when every question is answered. Completing twice changes nothing. */
    public void complete(Instant now) {
        if (status == IntakeStatus.COMPLETED) {
            return;
        }
        var open = unanswered();
        if (open > 0) {
            throw new Conflict("intake-unfinished", new Text(
                    "Er " + (open == 1 ? "is nog 1 vraag" : "zijn nog " + open + " vragen") + " zonder antwoord.",
                    (open == 1 ? "1 question has" : open + " questions have") + " no answer yet."));
        }
        status = IntakeStatus.COMPLETED;
        completedAt = now;
        reopenReason = null;
        updatedAt = now;
    }

    /** The longest reason a coach gives for reopening an intake. */
    public static final int REASON_MAX = 500;

    /** The coach opens a completed intake again, so the participant can change answers. */
    public void reopen(Instant now) {
        reopen(now, null);
    }

    /**
     * The coach opens a completed intake again and may say why ("Kijk nog eens naar vraag 3"): the participant
     * reads the reason until they hand the intake in again. Reopening an intake in progress changes nothing.
     */
    public void reopen(Instant now, String reason) {
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            throw new InvalidField("reason", new Text("Schrijf hoogstens " + REASON_MAX + " tekens.",
                    "Write at most " + REASON_MAX + " characters."));
        }
        if (status == IntakeStatus.IN_PROGRESS) {
            return;
        }
        status = IntakeStatus.IN_PROGRESS;
        completedAt = null;
        reopenedAt = now;
        reopenReason = why;
        updatedAt = now;
    }

    /**
     * The participant handed in answers the coach has not turned into plan goals since: completed, and not
     * accepted after the (last) completion.
     */
    public boolean waitsForReview() {
        return status == IntakeStatus.COMPLETED && (acceptedAt == null || acceptedAt.isBefore(completedAt));
    }

    /** The position (0-based) of the first unanswered question: where a paused intake goes on; empty when all are answered. */
    public Optional<Integer> nextQuestion() {
        return questions.stream().filter(q -> !q.isAnswered()).map(IntakeQuestion::position).findFirst();
    }

    public long answered() {
        return questions.stream().filter(IntakeQuestion::isAnswered).count();
    }

    public long unanswered() {
        return questions.size() - answered();
    }

    // ---- the coach's observation --------------------------------------------------------------

    /** The coach's score (and optional note of at most 500 characters) for one indicator; replaces an earlier one. */
    public IntakeObservation observe(String indicatorId, Score score, String note, String observedBy, Instant now) {
        Objects.requireNonNull(score, "score");
        var question = question(indicatorId);
        var existing = observationOf(indicatorId);
        if (existing.isPresent()) {
            existing.get().revise(score, note, observedBy, now);
            updatedAt = now;
            return existing.get();
        }
        var observation = new IntakeObservation(this, question.indicatorId(), question.competencyKey(), score, note,
                observedBy, now);
        observations.add(observation);
        updatedAt = now;
        return observation;
    }

    public Optional<IntakeObservation> observationOf(String indicatorId) {
        return observations.stream().filter(o -> o.indicatorId().equals(indicatorId)).findFirst();
    }

    // ---- suggestions ----------------------------------------------------------------------------

    /** The coach turned the suggestions into plan goals. */
    public void suggestionsAccepted(Instant now) {
        acceptedAt = now;
        updatedAt = now;
    }

    private IntakeQuestion question(String indicatorId) {
        return questions.stream().filter(q -> q.indicatorId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> NotFound.of(Text.of("deze vraag", "this question")));
    }

    public boolean belongsTo(String userId) {
        return participantId.equals(userId);
    }

    public boolean isCompleted() {
        return status == IntakeStatus.COMPLETED;
    }

    public String id() {
        return id;
    }

    /** Rises with every change to the intake; 0 until first stored. */
    public int version() {
        return version;
    }

    /** The intake as a person names it. */
    public Text label() {
        return new Text("deze intake", "this intake");
    }

    public String courseId() {
        return courseId;
    }

    public String participantId() {
        return participantId;
    }

    public String frameworkVersionId() {
        return frameworkVersionId;
    }

    public String startedBy() {
        return startedBy;
    }

    public IntakeStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    /** When the coach last opened the intake again, if ever. */
    public Optional<Instant> reopenedAt() {
        return Optional.ofNullable(reopenedAt);
    }

    /** Why the coach opened it again, while the participant is working on it again (cleared on completion). */
    public Optional<String> reopenReason() {
        return Optional.ofNullable(reopenReason);
    }

    public List<IntakeQuestion> questions() {
        return List.copyOf(questions);
    }

    public List<IntakeObservation> observations() {
        return List.copyOf(observations);
    }
}
