package nl.groeipad.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One question of an intake: a behavioural indicator, and the participant's answer once given. */
@Entity
@Table(name = "intake_question")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class IntakeQuestion {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intake_id")
    private Intake intake;
    @Column(name = "sort_order")
    private int position;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "competency_key")
    private String competencyKey;
    @Enumerated(EnumType.STRING)
    private SelfAssessment answer;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected IntakeQuestion() {
    }

    IntakeQuestion(Intake intake, int position, Intake.QuestionRef ref) {
        this.id = Ids.newId();
        this.intake = intake;
        this.position = position;
        this.indicatorId = ref.indicatorId();
        this.competencyKey = ref.competencyKey();
    }

    void answer(SelfAssessment given, Instant now) {
        this.answer = given;
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public int position() {
        return position;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public String competencyKey() {
        return competencyKey;
    }

    public Optional<SelfAssessment> answer() {
        return Optional.ofNullable(answer);
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
