package nl.groeipad.evaluation.entity;

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

/** One version of a coach's feedback on an interim evaluation: append-only, never changed or deleted. */
@Entity
@Table(name = "interim_evaluation_feedback")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = EvaluationFeedback.OF_EVALUATIONS, query = """
        select f from EvaluationFeedback f where f.evaluationId in :evaluationIds order by f.writtenAt, f.id""")
public class EvaluationFeedback {

    /** Every version of the feedback on the given evaluations, oldest first. */
    public static final String OF_EVALUATIONS = "EvaluationFeedback.ofEvaluations";

    @Id
    private String id;
    @Column(name = "evaluation_id")
    private String evaluationId;
    @Column(name = "coach_id")
    private String coachId;
    @Column(name = "written_at")
    private Instant writtenAt;
    @Column(name = "going_well")
    private String goingWell;
    @Column(name = "to_learn")
    private String toLearn;

    protected EvaluationFeedback() {
    }

    EvaluationFeedback(String evaluationId, String coachId, String goingWell, String toLearn, Instant at) {
        this.id = Ids.newId();
        this.evaluationId = Objects.requireNonNull(evaluationId);
        this.coachId = Objects.requireNonNull(coachId);
        this.goingWell = goingWell;
        this.toLearn = toLearn;
        this.writtenAt = Objects.requireNonNull(at);
    }

    public String id() {
        return id;
    }

    public String evaluationId() {
        return evaluationId;
    }

    public String coachId() {
        return coachId;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String goingWell() {
        return goingWell;
    }

    public String toLearn() {
        return toLearn;
    }
}
