package nl.groeipad.lms.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * A score for the LMS gradebook (AGS 2.0 §3.4): {@code given} out of {@code maximum} (0 ≤ given ≤ maximum, maximum
 * &gt; 0, four decimals at most), how far the participant is, whether it is final, and a comment in plain words
 * (at most 1000 characters) that the participant may read in the LMS.
 */
@Published
public record Score(BigDecimal given, BigDecimal maximum, ActivityProgress activity, GradingProgress grading, String comment) {

    public static final int COMMENT_MAX = 1000;
    static final BigDecimal LARGEST = new BigDecimal("99999999");

    public Score {
        if (maximum == null || maximum.signum() <= 0 || maximum.compareTo(LARGEST) > 0) {
            throw new InvalidField("scoreMaximum", Text.of("Het maximum is een getal groter dan 0.",
                    "The maximum is a number above 0."));
        }
        if (given == null || given.signum() < 0 || given.compareTo(maximum) > 0) {
            throw new InvalidField("scoreGiven", Text.of("De score is een getal van 0 tot en met het maximum.",
                    "The score is a number from 0 up to the maximum."));
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new InvalidField("comment", Text.of("De opmerking is te lang: hoogstens 1000 tekens.",
                    "The comment is too long: at most 1000 characters."));
        }
        given = plain(given);
        maximum = plain(maximum);
        activity = activity == null ? ActivityProgress.Completed : activity;
        grading = grading == null ? GradingProgress.FullyGraded : grading;
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Four decimals at most, no trailing zeros, never in exponent notation (10, not 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Score of(double given, double maximum, String comment) {
        return new Score(BigDecimal.valueOf(given), BigDecimal.valueOf(maximum), ActivityProgress.Completed,
                GradingProgress.FullyGraded, comment);
    }
}
