package nl.groeipad.coach.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * When a coach last looked at a participant's page in a course: what is newer (a note, a photo) is new to them.
 * One row per coach, participant and course (unique); each look moves it forward, never back.
 */
@Entity
@Table(name = "coach_visit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CoachVisit.OF_COACH, query = """
        select v from CoachVisit v where v.courseId = :courseId and v.coachId = :coachId
          and v.participantId in :participantIds""")
public class CoachVisit {

    /** The visits of one coach to the given participants of a course: one statement whatever their number. */
    public static final String OF_COACH = "CoachVisit.ofCoach";

    @Id
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "coach_id")
    private String coachId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "looked_at")
    private Instant lookedAt;

    protected CoachVisit() {
    }

    public CoachVisit(String courseId, String coachId, String participantId, Instant at) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.coachId = Objects.requireNonNull(coachId);
        this.participantId = Objects.requireNonNull(participantId);
        this.lookedAt = Objects.requireNonNull(at);
    }

    /** The coach looked again; a look never moves back in time. */
    public void lookedAgain(Instant at) {
        if (at.isAfter(lookedAt)) {
            lookedAt = at;
        }
    }

    public String participantId() {
        return participantId;
    }

    public Instant lookedAt() {
        return lookedAt;
    }
}
