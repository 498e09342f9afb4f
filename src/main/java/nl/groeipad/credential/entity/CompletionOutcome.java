package nl.groeipad.credential.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One recorded outcome of a completion or assessment moment: passed or not yet, a note, who and when. Append-only:
 * never changed; a correction is a new row naming the one it corrects, with a reason ({@link OutcomeLog}).
 */
@Entity
@Table(name = "completion_outcome")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CompletionOutcome.OF_MOMENTS, query = """
        select o from CompletionOutcome o where o.momentId in :ids order by o.recordedAt, o.id""")
public class CompletionOutcome {

    public static final String OF_MOMENTS = "CompletionOutcome.ofMoments";

    /** The outcome of a completion or assessment moment. */
    public enum Result {
        PASSED, NOT_YET;

        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** "passed" or "not-yet". */
        public static Optional<Result> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            var v = value.strip().toLowerCase(Locale.ROOT);
            for (var r : values()) {
                if (r.json().equals(v)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    @Id
    private String id;
    @Column(name = "moment_id")
    private String momentId;
    @Enumerated(EnumType.STRING)
    private Result outcome;
    private String note;
    @Column(name = "corrects_id")
    private String correctsId;
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_by_name")
    private String recordedByName;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CompletionOutcome() {
        // for JPA
    }

    CompletionOutcome(String momentId, OutcomeLog.Entry entry) {
        this.id = entry.id();
        this.momentId = Objects.requireNonNull(momentId);
        this.outcome = entry.outcome();
        this.note = entry.note();
        this.correctsId = entry.correctsId();
        this.reason = entry.reason();
        this.recordedBy = entry.recordedBy();
        this.recordedByName = entry.recordedByName();
        this.recordedAt = entry.recordedAt();
    }

    static String newId() {
        return Ids.newId();
    }

    public String momentId() {
        return momentId;
    }

    public OutcomeLog.Entry entry() {
        return new OutcomeLog.Entry(id, outcome, note, correctsId, reason, recordedBy, recordedByName, recordedAt);
    }
}
