package nl.groeipad.observation.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.TenantId;

/**
 * A CDI event: a coach concluded an observation. Fired by {@code observation.control.Observations} inside the
 * concluding transaction, after the conclusion was written and before it commits — so an observer that writes
 * (e.g. an outbox row for the LMS gradebook) writes in the same transaction, and nothing is sent for a conclusion
 * that rolls back. Observe with {@code @Observes} (same transaction) or
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} (after the commit). An observer that throws in the
 * same transaction makes the conclusion fail: do not.
 *
 * <p>Fired once per observation (an observation is concluded once; concluding again is refused).
 *
 * @param tenant            the organisation
 * @param courseId          the course (Groeipad's id of the LMS context)
 * @param participantUserId the participant (Groeipad's user id)
 * @param observationId     the observation
 * @param results           one per competency observed, in the framework's order
 * @param concludedAt       when
 */
@Published
public record ObservationConcluded(TenantId tenant, String courseId, String participantUserId, String observationId,
                                   List<CompetencyResult> results, Instant concludedAt) {

    public ObservationConcluded {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(participantUserId, "participantUserId");
        Objects.requireNonNull(observationId, "observationId");
        results = List.copyOf(results);
        Objects.requireNonNull(concludedAt, "concludedAt");
    }
}
