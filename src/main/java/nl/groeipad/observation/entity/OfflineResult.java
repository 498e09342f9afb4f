package nl.groeipad.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A result the participant obtained elsewhere — a training completed, a test, a practical exam — recorded by a
 * coach with its date, competency and level and a note. It shows in the participant's progress beside the
 * competency; the level reached is decided by observation alone (docs/observation.md).
 */
@Entity
@Table(name = "offline_result")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = OfflineResult.OF_PARTICIPANT, query = """
        select r from OfflineResult r where r.courseId = :courseId and r.participantId = :participantId
        order by r.achievedOn desc, r.recordedAt desc""")
public class OfflineResult {

    public static final String OF_PARTICIPANT = "OfflineResult.ofParticipant";

    @Id
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Enumerated(EnumType.STRING)
    private OfflineKind kind;
    @Column(name = "achieved_on")
    private LocalDate achievedOn;
    @Column(name = "competency_key")
    private String competencyKey;
    @Column(name = "competency_title")
    private String competencyTitle;
    @Enumerated(EnumType.STRING)
    private Level level;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected OfflineResult() {
    }

    /** @param today the organisation's calendar day: a result cannot be obtained in the future */
    public OfflineResult(String courseId, String participantId, OfflineKind kind, LocalDate achievedOn,
                         String competencyKey, String competencyTitle, Level level, String note, String recordedBy,
                         LocalDate today, Instant now) {
        if (achievedOn == null || achievedOn.isAfter(today)) {
            throw new InvalidField("achievedOn", Text.of("Kies de datum waarop het gehaald is (niet in de toekomst).",
                    "Choose the date it was obtained (not in the future)."));
        }
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.participantId = Objects.requireNonNull(participantId);
        this.kind = Objects.requireNonNull(kind);
        this.achievedOn = achievedOn;
        this.competencyKey = Objects.requireNonNull(competencyKey);
        this.competencyTitle = Objects.requireNonNull(competencyTitle);
        this.level = Objects.requireNonNull(level);
        this.note = ObservationScore.note(note);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = now;
    }

    public String id() {
        return id;
    }

    public String participantId() {
        return participantId;
    }

    public OfflineKind kind() {
        return kind;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }

    public String competencyKey() {
        return competencyKey;
    }

    public String competencyTitle() {
        return competencyTitle;
    }

    public Level level() {
        return level;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
