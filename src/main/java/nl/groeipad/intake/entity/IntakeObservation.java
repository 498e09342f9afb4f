package nl.groeipad.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What the coach saw at intake for one behavioural indicator: a score on the framework's 1–5 scale and an
 * optional short note. Kept apart from the participant's own answer; the coach may revise it.
 */
@Entity
@Table(name = "intake_observation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class IntakeObservation {

    public static final int NOTE_MAX = 500;

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intake_id")
    private Intake intake;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "competency_key")
    private String competencyKey;
    private int score;
    private String note;
    @Column(name = "observed_by")
    private String observedBy;
    @Column(name = "observed_at")
    private Instant observedAt;

    protected IntakeObservation() {
    }

    IntakeObservation(Intake intake, String indicatorId, String competencyKey, Score score, String note,
                      String observedBy, Instant now) {
        this.id = Ids.newId();
        this.intake = intake;
        this.indicatorId = indicatorId;
        this.competencyKey = competencyKey;
        revise(score, note, observedBy, now);
    }

    void revise(Score newScore, String newNote, String by, Instant now) {
        this.score = newScore.value();
        this.note = note(newNote);
        this.observedBy = by;
        this.observedAt = now;
    }

    /** A note is optional; blank means none; at most 500 characters. */
    static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > NOTE_MAX) {
            throw new InvalidField("note", new Text("Schrijf hoogstens 500 tekens.", "Write at most 500 characters."));
        }
        return stripped;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public String competencyKey() {
        return competencyKey;
    }

    public Score score() {
        return Score.of(score);
    }

    public String note() {
        return note;
    }

    public String observedBy() {
        return observedBy;
    }

    public Instant observedAt() {
        return observedAt;
    }
}
