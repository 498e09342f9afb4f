package nl.groeipad.lms.boundary;

import java.math.BigDecimal;
import java.util.Locale;
import nl.groeipad.lms.entity.ActivityProgress;
import nl.groeipad.lms.entity.GradingProgress;
import nl.groeipad.lms.entity.Score;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * What a coach sends: {@code {"source":"plan"}} for the plan's progress, or a score of their own
 * {@code {scoreGiven, scoreMaximum, comment?, activityProgress?, gradingProgress?}} (defaults Completed and
 * FullyGraded). The score's rules (0 ≤ given ≤ maximum, comment length) are checked by {@link Score}.
 */
public record GradeRequest(String source, BigDecimal scoreGiven, BigDecimal scoreMaximum, String comment,
                           String activityProgress, String gradingProgress) {

    boolean planProgress() {
        if (source == null || source.isBlank() || "score".equals(source)) {
            return false;
        }
        if ("plan".equals(source)) {
            return true;
        }
        throw new InvalidField("source", Text.of("Kies wat je stuurt: plan of score.", "Choose what to send: plan or score."));
    }

    Score score() {
        return new Score(scoreGiven, scoreMaximum, activity(), grading(), comment);
    }

    private ActivityProgress activity() {
        if (activityProgress == null) {
            return null;
        }
        for (var value : ActivityProgress.values()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(activityProgress.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new InvalidField("activityProgress", Text.of("Kies Initialized, Started, InProgress, Submitted of Completed.",
                "Choose Initialized, Started, InProgress, Submitted or Completed."));
    }

    private GradingProgress grading() {
        if (gradingProgress == null) {
            return null;
        }
        for (var value : GradingProgress.values()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(gradingProgress.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new InvalidField("gradingProgress", Text.of("Kies FullyGraded, Pending, PendingManual, Failed of NotReady.",
                "Choose FullyGraded, Pending, PendingManual, Failed or NotReady."));
    }
}
