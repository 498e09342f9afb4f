package nl.groeipad.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The rhythm of interim evaluations the coach agreed with a participant for their plan in a course: every N weeks
 * from a start day. One per participant and course; its version rises with every change.
 */
@Entity
@Table(name = "evaluation_schedule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = EvaluationSchedule.OF_PARTICIPANTS, query = """
        select s from EvaluationSchedule s where s.courseId = :courseId and s.participantId in :participantIds""")
public class EvaluationSchedule {

    /** The schedules of the given participants of a course: one statement whatever their number. */
    public static final String OF_PARTICIPANTS = "EvaluationSchedule.ofParticipants";

    @Id
    private String id;
    @Version
    private int version;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "every_weeks")
    private int everyWeeks;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "set_by")
    private String setBy;
    @Column(name = "set_at")
    private Instant setAt;

    protected EvaluationSchedule() {
    }

    public EvaluationSchedule(String courseId, String participantId, int everyWeeks, LocalDate startsOn, String coachId,
                              Instant at) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.participantId = Objects.requireNonNull(participantId);
        this.everyWeeks = EvaluationRhythm.checkWeeks(everyWeeks);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.setBy = Objects.requireNonNull(coachId);
        this.setAt = Objects.requireNonNull(at);
    }

    /** The coach agreed another rhythm; the start day stays, so evaluations already completed keep their place. */
    public void change(int everyWeeks, String coachId, Instant at) {
        this.everyWeeks = EvaluationRhythm.checkWeeks(everyWeeks);
        this.setBy = Objects.requireNonNull(coachId);
        this.setAt = Objects.requireNonNull(at);
    }

    public Text label() {
        return Text.of("de afspraak over tussenevaluaties", "the agreement on interim evaluations");
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

    public int everyWeeks() {
        return everyWeeks;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
