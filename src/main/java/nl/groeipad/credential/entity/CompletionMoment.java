package nl.groeipad.credential.entity;

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
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The moment a participant's route or plan goal is completed: planned by a coach of the course once the completion
 * check passes, a formal <strong>assessment moment</strong> (with an assessor) for a certifying route, otherwise a
 * <strong>completion moment</strong>. Its outcome (passed / not yet) is recorded once in the append-only
 * {@link CompletionOutcome} log; its {@link #version()} rises with every outcome, so two coaches recording at once
 * are told (412 with If-Match, 409 by the log's rules).
 */
@Entity
@Table(name = "completion_moment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CompletionMoment.OF_PARTICIPANT, query = """
        select m from CompletionMoment m where m.courseId = :courseId and m.participantId = :participantId
        order by m.plannedAt desc, m.id""")
@NamedQuery(name = CompletionMoment.OF_COURSE, query = """
        select m from CompletionMoment m where m.courseId = :courseId order by m.plannedAt desc, m.id""")
public class CompletionMoment {

    public static final String OF_PARTICIPANT = "CompletionMoment.ofParticipant";
    public static final String OF_COURSE = "CompletionMoment.ofCourse";
    public static final int ASSESSOR_MAX = 200;
    public static final int NOTE_MAX = 1000;

    /** What is completed: the participant's route or one goal of their plan. */
    public enum SubjectKind {
        ROUTE, GOAL;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A formal assessment moment (certifying route) or a completion moment. */
    public enum Kind {
        COMPLETION, ASSESSMENT;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the coach plans. */
    public record Plan(String courseId, String participantId, SubjectKind subjectKind, String subjectId,
                       String subjectTitle, Kind kind, LocalDate plannedOn, String assessor, String note,
                       String plannedBy) {
    }

    @Id
    private String id;
    @Version
    private int version;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private SubjectKind subjectKind;
    @Column(name = "subject_id")
    private String subjectId;
    @Column(name = "subject_title")
    private String subjectTitle;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "planned_on")
    private LocalDate plannedOn;
    private String assessor;
    private String note;
    @Column(name = "planned_by")
    private String plannedBy;
    @Column(name = "planned_at")
    private Instant plannedAt;

    protected CompletionMoment() {
        // for JPA
    }

    /**
     * Rules: a date within a year of today; an assessment moment names its assessor (1–200 characters); a note of
     * at most 1000 characters.
     */
    public CompletionMoment(Plan plan, LocalDate today, Instant now) {
        if (plan.plannedOn() == null || plan.plannedOn().isBefore(today.minusYears(1))
                || plan.plannedOn().isAfter(today.plusYears(1))) {
            throw new InvalidField("date", Text.of("Kies een datum (binnen een jaar van vandaag).",
                    "Choose a date (within a year of today)."));
        }
        var assessorName = plan.assessor() == null || plan.assessor().isBlank() ? null : plan.assessor().strip();
        if (plan.kind() == Kind.ASSESSMENT && assessorName == null) {
            throw new InvalidField("assessor", Text.of("Schrijf wie de beoordeling doet.",
                    "Say who does the assessment."));
        }
        if (assessorName != null && assessorName.length() > ASSESSOR_MAX) {
            throw new InvalidField("assessor", Text.of("Schrijf hooguit " + ASSESSOR_MAX + " tekens.",
                    "Write at most " + ASSESSOR_MAX + " characters."));
        }
        var cleanNote = plan.note() == null || plan.note().isBlank() ? null : plan.note().strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            throw new InvalidField("note", Text.of("Schrijf hooguit " + NOTE_MAX + " tekens.",
                    "Write at most " + NOTE_MAX + " characters."));
        }
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(plan.courseId());
        this.participantId = Objects.requireNonNull(plan.participantId());
        this.subjectKind = Objects.requireNonNull(plan.subjectKind());
        this.subjectId = Objects.requireNonNull(plan.subjectId());
        this.subjectTitle = Credential.clip(Objects.requireNonNull(plan.subjectTitle()), 200);
        this.kind = Objects.requireNonNull(plan.kind());
        this.plannedOn = plan.plannedOn();
        this.assessor = assessorName;
        this.note = cleanNote;
        this.plannedBy = Objects.requireNonNull(plan.plannedBy());
        this.plannedAt = Objects.requireNonNull(now);
    }

    /** Appends an outcome by the log's rules (see {@link OutcomeLog#append}). */
    public CompletionOutcome record(Collection<OutcomeLog.Entry> log, String outcome, String note, String corrects,
                                    String reason, String byUserId, String byName, Instant now) {
        return new CompletionOutcome(id, OutcomeLog.append(log, outcome, note, corrects, reason, byUserId, byName, now));
    }

    public boolean belongsTo(String course, String participant) {
        return courseId.equals(course) && participantId.equals(participant);
    }

    public boolean isFor(SubjectKind kind, String id) {
        return subjectKind == kind && subjectId.equals(id);
    }

    public Text label() {
        return kind == Kind.ASSESSMENT ? Text.of("dit beoordelingsmoment", "this assessment moment")
                : Text.of("dit afrondingsmoment", "this completion moment");
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String courseId() {
        return courseId;
    }

    public String participantId() {
        return participantId;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subjectTitle() {
        return subjectTitle;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public String assessor() {
        return assessor;
    }

    public String note() {
        return note;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant plannedAt() {
        return plannedAt;
    }
}
