package nl.groeipad.credential.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.platform.entity.Versioned;

/** What the completion API answers (JSON). */
public final class CompletionViews {

    private CompletionViews() {
    }

    /**
     * A participant's completion in a course: the active route (null when none) and each plan goal that aims at a
     * competency and level.
     */
    public record ParticipantCompletion(String participantId, String rule, SubjectView route, List<SubjectView> goals) {
    }

    /**
     * One thing to complete (route or goal) with its check and moments. {@code state}: {@code not-ready} (the check
     * fails: see {@code missing}), {@code ready} (a moment may be planned), {@code planned} (a moment waits for its
     * outcome), {@code passed} (outcome passed, a certificate may be issued) or {@code issued}.
     */
    public record SubjectView(String subject, String subjectId, String title, boolean certifying, String momentKind,
                              String state, boolean ready, List<String> missing, List<TargetView> targets,
                              List<MomentView> moments) {
    }

    /** One target of the check. */
    public record TargetView(String competencyKey, String competencyTitle, String level, boolean met, String state,
                             String missing, List<String> evidence) {
    }

    /** A completion or assessment moment with its outcome log; ETag: its version. */
    public record MomentView(String id, int version, String kind, String subject, String subjectId, String subjectTitle,
                             LocalDate date, String assessor, String note, String plannedBy, Instant plannedAt,
                             OutcomeView outcome, List<OutcomeView> history) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    /** One entry of the outcome log; {@code current} for the one no other entry corrects. */
    public record OutcomeView(String id, String outcome, String outcomeText, String note, String correctsId,
                             String reason, String recordedBy, String recordedByName, Instant recordedAt,
                             boolean current) {
    }

    /** A participant in the coach's course overview, with each route or goal and its state. */
    public record CourseRow(String participantId, String name, List<CourseItem> items) {
    }

    public record CourseItem(String subject, String subjectId, String title, String state, int missing) {
    }

    /**
     * The participant's own view of where they stand: their route (when it has targets) and each plan goal with a
     * competency and level, every target "gehaald" or "Oefen nog even door" with what is missing in plain words.
     * Built from concluded observations and results from elsewhere only, never an open observation.
     *
     * @param rule     the completion rule in plain words
     * @param subjects the route first, then the goals in the plan's order
     */
    public record MyCompletion(String rule, List<MySubject> subjects) {
    }

    /**
     * @param state     {@code not-ready} (practise a little longer), {@code ready} (everything reached: the coach can
     *                  plan the completion), {@code planned} (a moment on {@code plannedOn}), {@code passed} or
     *                  {@code issued} (the certificate is there)
     * @param plannedOn the day of the planned moment, when {@code planned}
     */
    public record MySubject(String subject, String subjectId, String title, String state, LocalDate plannedOn,
                            List<MyTarget> targets) {
    }

    /** One target: reached ({@code met}) or not, in one plain sentence, and what supports it. */
    public record MyTarget(String competencyKey, String competencyTitle, String level, boolean met, String text,
                           List<String> evidence) {
    }
}
