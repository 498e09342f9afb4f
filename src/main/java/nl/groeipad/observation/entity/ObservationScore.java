package nl.groeipad.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of an observation's score log: append-only, never changed (no setters; the table is only ever
 * inserted into). See {@link ScoreLog} for the rules. Mapped without a relationship to the observation, so that
 * recording a score inserts one row and loads nothing it does not need.
 */
@Entity
@Table(name = "observation_score")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = ObservationScore.OF_OBSERVATION, query = """
        select s from ObservationScore s where s.observationId = :observationId order by s.recordedAt, s.id""")
@NamedQuery(name = ObservationScore.OF_OBSERVATIONS, query = """
        select s from ObservationScore s where s.observationId in :observationIds order by s.recordedAt, s.id""")
@NamedQuery(name = ObservationScore.OF_CELL, query = """
        select s from ObservationScore s where s.observationId = :observationId and s.indicatorId = :indicatorId
        and s.situationId = :situationId and s.observerId = :observerId order by s.recordedAt, s.id""")
@NamedQuery(name = ObservationScore.AVERAGE_OF_OBSERVER, query = """
        select avg(s.score) from ObservationScore s where s.score is not null and s.observerId = :observerId
        and s.observationId <> :observationId
        and not exists (select c.id from ObservationScore c where c.correctsId = s.id)""")
@NamedQuery(name = ObservationScore.AVERAGE, query = """
        select avg(s.score) from ObservationScore s where s.score is not null and s.observationId <> :observationId
        and not exists (select c.id from ObservationScore c where c.correctsId = s.id)""")
@NamedQuery(name = ObservationScore.BY_KEY, query = """
        select s from ObservationScore s where s.idempotencyKey = :key""")
public class ObservationScore {

    public static final String OF_OBSERVATION = "ObservationScore.ofObservation";
    /** The logs of several observations in one statement (the coach's growth chart). */
    public static final String OF_OBSERVATIONS = "ObservationScore.ofObservations";
    public static final String OF_CELL = "ObservationScore.ofCell";
    public static final String AVERAGE_OF_OBSERVER = "ObservationScore.averageOfObserver";
    public static final String AVERAGE = "ObservationScore.average";
    public static final String BY_KEY = "ObservationScore.byKey";
    public static final int NOTE_MAX = 500;

    @Id
    private String id;
    @Column(name = "observation_id")
    private String observationId;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "situation_id")
    private String situationId;
    @Column(name = "observer_id")
    private String observerId;
    private Integer score;
    @Column(name = "not_seen")
    private boolean notSeen;
    private String note;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "corrects_id")
    private String correctsId;
    private String reason;
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected ObservationScore() {
    }

    /** A new entry; the observation checked the cell ({@link Observation#append}). */
    ObservationScore(String observationId, String indicatorId, String situationId, String observerId, Integer score,
                     String note, Instant now, String correctsId, String reason, String idempotencyKey) {
        this.id = Ids.newId();
        this.observationId = Objects.requireNonNull(observationId);
        this.indicatorId = Objects.requireNonNull(indicatorId);
        this.situationId = Objects.requireNonNull(situationId);
        this.observerId = Objects.requireNonNull(observerId);
        this.score = score;
        this.notSeen = score == null;
        this.note = note(note);
        // what the database keeps (whole seconds): the first answer and a replay's answer are the same
        this.recordedAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.correctsId = correctsId;
        this.reason = reason;
        this.idempotencyKey = idempotencyKey;
    }

    /** A note is optional; blank means none; at most 500 characters. */
    static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > NOTE_MAX) {
            throw new InvalidField("note", Text.of("Schrijf hoogstens 500 tekens.", "Write at most 500 characters."));
        }
        return stripped;
    }

    public ScoreEntry entry() {
        return new ScoreEntry(id, indicatorId, situationId, observerId, score, note, recordedAt, correctsId, reason);
    }

    public String id() {
        return id;
    }

    public String observationId() {
        return observationId;
    }
}
