package nl.groeipad.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An evidence photo of an observation (issue 9 §1 "optional evidence (photo, same rules as task photos)"): taken by
 * a coach in one work situation, optionally for one behaviour — the cell a score is recorded in, not one score
 * entry (entries are append-only and a correction is a new entry; a photo taken offline cannot know the id of a
 * score still waiting in the queue). Append-only like the score log: never changed, never removed while the
 * observation exists. Made by {@link Observation#addPhoto}; mapped without a relationship to the observation, and
 * the list of an observation's photos is read without the bytes ({@link #INFO_OF_OBSERVATION}).
 *
 * <p>Idempotency (issue 9 §2, the offline queue): the device gives every photo a key (a UUID) and may send it again.
 * A stored key with the same request (observation, situation, behaviour, coach and the same bytes) answers the photo
 * stored the first time ({@link #replay}); with another request: 409 {@code idempotency-key-reused}.
 */
@Entity
@Table(name = "observation_photo")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = ObservationPhoto.INFO_OF_OBSERVATION, query = """
        select new nl.groeipad.observation.entity.ObservationPhoto.Info(p.id, p.observationId, p.situationId, p.indicatorId,
        p.observerId, p.mediaType, p.byteSize, p.takenAt) from ObservationPhoto p
        where p.observationId = :observationId order by p.takenAt, p.id""")
@NamedQuery(name = ObservationPhoto.INFO_OF_OBSERVATIONS, query = """
        select new nl.groeipad.observation.entity.ObservationPhoto.Info(p.id, p.observationId, p.situationId, p.indicatorId,
        p.observerId, p.mediaType, p.byteSize, p.takenAt) from ObservationPhoto p
        where p.observationId in :observationIds order by p.takenAt, p.id""")
@NamedQuery(name = ObservationPhoto.COUNT_OF_OBSERVATION, query = """
        select count(p) from ObservationPhoto p where p.observationId = :observationId""")
@NamedQuery(name = ObservationPhoto.BY_KEY, query = """
        select p from ObservationPhoto p where p.idempotencyKey = :key""")
public class ObservationPhoto {

    public static final String INFO_OF_OBSERVATION = "ObservationPhoto.infoOfObservation";
    public static final String INFO_OF_OBSERVATIONS = "ObservationPhoto.infoOfObservations";
    public static final String COUNT_OF_OBSERVATION = "ObservationPhoto.countOfObservation";
    public static final String BY_KEY = "ObservationPhoto.byKey";

    /** What is shown of a photo in lists: everything but the bytes. */
    public record Info(String id, String observationId, String situationId, String indicatorId, String observerId, String mediaType,
                       int size, Instant takenAt) {
    }

    @Id
    private String id;
    @Column(name = "observation_id")
    private String observationId;
    @Column(name = "situation_id")
    private String situationId;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "observer_id")
    private String observerId;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "byte_size")
    private int byteSize;
    private String sha256;
    @Lob
    private byte[] content;
    @Column(name = "taken_at")
    private Instant takenAt;
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected ObservationPhoto() {
    }

    /** A new photo; the observation checked the situation and the behaviour ({@link Observation#addPhoto}). */
    ObservationPhoto(String observationId, String situationId, String indicatorId, String observerId,
                     EvidencePhoto photo, Instant now, String idempotencyKey) {
        this.id = Ids.newId();
        this.observationId = Objects.requireNonNull(observationId);
        this.situationId = Objects.requireNonNull(situationId);
        this.indicatorId = indicatorId;
        this.observerId = Objects.requireNonNull(observerId);
        this.mediaType = photo.mediaType();
        this.byteSize = photo.size();
        this.sha256 = photo.sha256();
        this.content = photo.content();
        // what the database keeps (whole seconds): the first answer and a replay's answer are the same
        this.takenAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * The answer to a replayed key: this photo when the request is the one it was stored for; 409
     * {@code idempotency-key-reused} otherwise.
     */
    public ObservationPhoto replay(String observationId, String situationId, String indicatorId, String observerId,
                                   EvidencePhoto photo) {
        var same = this.observationId.equals(observationId) && this.situationId.equals(situationId)
                && Objects.equals(this.indicatorId, blankToNull(indicatorId)) && this.observerId.equals(observerId)
                && sha256.equals(photo.sha256());
        if (!same) {
            throw new Conflict("idempotency-key-reused", Text.of(
                    "Deze sleutel hoort al bij een andere foto. Maak voor elke foto een nieuwe sleutel.",
                    "This key belongs to another photo already. Make a new key for every photo."));
        }
        return this;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Info info() {
        return new Info(id, observationId, situationId, indicatorId, observerId, mediaType, byteSize, takenAt);
    }

    public String id() {
        return id;
    }

    public String observationId() {
        return observationId;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
