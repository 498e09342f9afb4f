package nl.groeipad.evaluation.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.platform.entity.Versioned;

/** What the evaluation API answers. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /** The agreed rhythm; {@code everyWeeks} null and version 0 while none was agreed. ETag: its version. */
    public record ScheduleView(Integer everyWeeks, LocalDate startsOn, int version, Instant setAt) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    /** The participant's reflection: the three answers ("good", "sometimes", "not-yet") and a note. */
    public record ReflectionView(String work, String learning, String help, String note, Instant reflectedAt) {
    }

    /** One version of the coach's feedback. */
    public record FeedbackView(String goingWell, String toLearn, String coachId, Instant writtenAt) {
    }

    /** One interim evaluation; ETag: its version. */
    public record EvaluationView(String id, int version, LocalDate dueOn, boolean completed, ReflectionView reflection,
                                 FeedbackView feedback, List<FeedbackView> history) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    /**
     * The interim evaluations of a participant: the rhythm, the next one's due day and whether it is due now
     * (from 3 days before) or late, the evaluation of that day when someone started it, and all evaluations,
     * newest first.
     */
    public record EvaluationsView(ScheduleView schedule, LocalDate nextDueOn, boolean due, boolean late,
                                  boolean canReflect, EvaluationView current, List<EvaluationView> evaluations) {
    }
}
