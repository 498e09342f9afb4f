package nl.groeipad.evaluation.entity;

import java.time.LocalDate;
import java.util.Objects;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * When an interim evaluation is due — pure rules, unit-tested:
 * <ul>
 * <li>the first is due {@code everyWeeks} weeks after the rhythm's start day;</li>
 * <li>each next one {@code everyWeeks} weeks after the due day of the last one the coach completed (wrote
 * feedback on); a late evaluation does not shift the rhythm, and missed ones are not piled up: one is due at a
 * time;</li>
 * <li>it counts as <em>due</em> from {@value #DUE_WINDOW_DAYS} days before its due day on (both homes show it then);</li>
 * <li>the participant may reflect on the evaluation that is due (once); the coach may write feedback on it.</li>
 * </ul>
 */
public final class EvaluationRhythm {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 26;
    /** An evaluation is shown as due this many days before its due day. */
    public static final int DUE_WINDOW_DAYS = 3;

    private EvaluationRhythm() {
    }

    /** The number of weeks between evaluations, checked: 1 to 26, else 400 naming {@code everyWeeks}. */
    public static int checkWeeks(Integer everyWeeks) {
        if (everyWeeks == null || everyWeeks < MIN_WEEKS || everyWeeks > MAX_WEEKS) {
            throw new InvalidField("everyWeeks", Text.of("Kies om de 1 tot 26 weken.", "Choose every 1 to 26 weeks."));
        }
        return everyWeeks;
    }

    /**
     * The due day of the next evaluation.
     *
     * @param startsOn          the day the rhythm starts
     * @param everyWeeks        weeks between evaluations
     * @param lastCompletedDue  the due day of the last evaluation the coach completed, or null when none
     */
    public static LocalDate nextDue(LocalDate startsOn, int everyWeeks, LocalDate lastCompletedDue) {
        Objects.requireNonNull(startsOn);
        var from = lastCompletedDue == null || lastCompletedDue.isBefore(startsOn) ? startsOn : lastCompletedDue;
        return from.plusWeeks(everyWeeks);
    }

    /** Whether the evaluation with this due day is due today (from {@value #DUE_WINDOW_DAYS} days before on). */
    public static boolean isDue(LocalDate dueOn, LocalDate today) {
        return dueOn != null && !today.isBefore(dueOn.minusDays(DUE_WINDOW_DAYS));
    }

    /** Whether the due day has passed (the evaluation is late). */
    public static boolean isLate(LocalDate dueOn, LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }
}
