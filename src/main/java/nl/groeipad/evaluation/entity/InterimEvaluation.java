package nl.groeipad.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One interim evaluation of a participant in a course, for one due day: the participant's reflection (three answers
 * and an optional note, written once, never changed) and the coach's current feedback ("wat gaat goed", "wat ga je
 * nog leren"), whose every version is kept in {@link EvaluationFeedback}. Never deleted; its version rises with
 * every change.
 */
@Entity
@Table(name = "interim_evaluation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = InterimEvaluation.OF_PARTICIPANT, query = """
        select e from InterimEvaluation e where e.courseId = :courseId and e.participantId = :participantId
        order by e.dueOn desc""")
@NamedQuery(name = InterimEvaluation.LAST_COMPLETED, query = """
        select e.participantId, max(e.dueOn) from InterimEvaluation e where e.courseId = :courseId
          and e.participantId in :participantIds and e.feedbackAt is not null group by e.participantId""")
public class InterimEvaluation {

    /** A participant's evaluations in a course, the newest due day first. */
    public static final String OF_PARTICIPANT = "InterimEvaluation.ofParticipant";
    /** Per participant the due day of the last evaluation with the coach's feedback: one statement. */
    public static final String LAST_COMPLETED = "InterimEvaluation.lastCompleted";

    @Id
    private String id;
    @Version
    private int version;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_answer")
    private Answer workAnswer;
    @Enumerated(EnumType.STRING)
    @Column(name = "learning_answer")
    private Answer learningAnswer;
    @Enumerated(EnumType.STRING)
    @Column(name = "help_answer")
    private Answer helpAnswer;
    @Column(name = "participant_note")
    private String participantNote;
    @Column(name = "reflected_at")
    private Instant reflectedAt;
    @Column(name = "going_well")
    private String goingWell;
    @Column(name = "to_learn")
    private String toLearn;
    @Column(name = "feedback_by")
    private String feedbackBy;
    @Column(name = "feedback_at")
    private Instant feedbackAt;

    protected InterimEvaluation() {
    }

    public InterimEvaluation(String courseId, String participantId, LocalDate dueOn, Instant at) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.participantId = Objects.requireNonNull(participantId);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.openedAt = Objects.requireNonNull(at);
    }

    /** The participant's reflection, once: 409 {@code reflection-exists} when they already reflected. */
    public void reflect(Answer work, Answer learning, Answer help, String note, Instant at) {
        if (reflectedAt != null) {
            throw new Conflict("reflection-exists", Text.of("Je hebt deze tussenevaluatie al ingevuld.",
                    "You already filled in this interim evaluation."));
        }
        this.workAnswer = Objects.requireNonNull(work);
        this.learningAnswer = Objects.requireNonNull(learning);
        this.helpAnswer = Objects.requireNonNull(help);
        this.participantNote = note == null || note.isBlank() ? null : note.strip();
        this.reflectedAt = Objects.requireNonNull(at);
    }

    /** The coach's feedback as it is now; the caller keeps the earlier versions as {@link EvaluationFeedback}. */
    public EvaluationFeedback feedback(String coachId, String goingWell, String toLearn, Instant at) {
        if ((goingWell == null || goingWell.isBlank()) && (toLearn == null || toLearn.isBlank())) {
            throw new nl.groeipad.platform.entity.Problems.InvalidField("goingWell", Text.of(
                    "Schrijf op wat goed gaat of wat er nog te leren is.", "Write what goes well or what is still to learn."));
        }
        this.goingWell = blankToNull(goingWell);
        this.toLearn = blankToNull(toLearn);
        this.feedbackBy = Objects.requireNonNull(coachId);
        this.feedbackAt = Objects.requireNonNull(at);
        return new EvaluationFeedback(id, coachId, this.goingWell, this.toLearn, at);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean belongsTo(String courseId, String participantId) {
        return this.courseId.equals(courseId) && this.participantId.equals(participantId);
    }

    public Text label() {
        return Text.of("de tussenevaluatie van " + dueOn, "the interim evaluation of " + dueOn);
    }

    public boolean isReflected() {
        return reflectedAt != null;
    }

    public boolean isCompleted() {
        return feedbackAt != null;
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Answer workAnswer() {
        return workAnswer;
    }

    public Answer learningAnswer() {
        return learningAnswer;
    }

    public Answer helpAnswer() {
        return helpAnswer;
    }

    public String participantNote() {
        return participantNote;
    }

    public Instant reflectedAt() {
        return reflectedAt;
    }

    public String goingWell() {
        return goingWell;
    }

    public String toLearn() {
        return toLearn;
    }

    public String feedbackBy() {
        return feedbackBy;
    }

    public Instant feedbackAt() {
        return feedbackAt;
    }
}
