package nl.groeipad.coach.entity;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * Who needs the coach, and why: pure rules over what the coach's list knows of a participant, unit-tested.
 * The reasons, most pressing first:
 * <ol>
 * <li>{@link Reason#INTAKE_WAITING} — the participant handed in the intake and the coach has not put its
 * suggestions in the plan since;</li>
 * <li>{@link Reason#OVERDUE} — tasks whose day has passed and that are not done;</li>
 * <li>{@link Reason#OBSERVATION_ENDING} — an open observation's period ends within {@value #ENDING_DAYS} days (or
 * ended and the observation was not concluded);</li>
 * <li>{@link Reason#EVALUATION_DUE} — an interim evaluation is due (from {@value #EVALUATION_WINDOW_DAYS} days before
 * its day on, until the coach wrote feedback);</li>
 * <li>{@link Reason#NEW_NOTE}, {@link Reason#NEW_PHOTO} — written or added after the coach last looked at the
 * participant (or ever, when the coach never looked);</li>
 * <li>{@link Reason#QUIET} — no activity (a launch, a tick, a note, a photo) for {@value #QUIET_DAYS} days.</li>
 * </ol>
 */
public final class Attention {

    /** After this many days without activity a participant is "quiet". */
    public static final int QUIET_DAYS = 14;
    /** An open observation whose period ends within this many days needs the coach. */
    public static final int ENDING_DAYS = 3;
    /** An interim evaluation counts from this many days before its day. */
    public static final int EVALUATION_WINDOW_DAYS = 3;

    private Attention() {
    }

    /** Why a coach should look, in the order of how pressing it is. */
    public enum Reason {
        INTAKE_WAITING, OVERDUE, OBSERVATION_ENDING, EVALUATION_DUE, NEW_NOTE, NEW_PHOTO, QUIET;

        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * What the list knows of one participant.
     *
     * @param intakeWaiting the latest intake is handed in and not reviewed since
     * @param tasksOverdue  tasks of past days not done
     * @param lastNoteAt    the newest note on a task, or null
     * @param lastPhotoAt   the newest photo of a task, or null
     * @param lookedAt      when this coach last looked at the participant, or null when never
     * @param lastActive    the last launch or work on the plan, or null
     * @param observationEndsOn the earliest end of an open observation's period, or null
     * @param evaluationDueOn   the day of the interim evaluation not completed yet, or null
     */
    public record Signals(boolean intakeWaiting, int tasksOverdue, Instant lastNoteAt, Instant lastPhotoAt,
                          Instant lookedAt, Instant lastActive, LocalDate observationEndsOn, LocalDate evaluationDueOn) {

        public Signals(boolean intakeWaiting, int tasksOverdue, Instant lastNoteAt, Instant lastPhotoAt, Instant lookedAt,
                       Instant lastActive) {
            this(intakeWaiting, tasksOverdue, lastNoteAt, lastPhotoAt, lookedAt, lastActive, null, null);
        }
    }

    /** The reasons to look at a participant now (today taken in UTC), most pressing first; empty when all is well. */
    public static List<Reason> reasons(Signals s, Instant now) {
        return reasons(s, now, LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /** The reasons to look at a participant now, on the organisation's day {@code today}, most pressing first. */
    public static List<Reason> reasons(Signals s, Instant now, LocalDate today) {
        var reasons = new ArrayList<Reason>();
        if (s.intakeWaiting()) {
            reasons.add(Reason.INTAKE_WAITING);
        }
        if (s.tasksOverdue() > 0) {
            reasons.add(Reason.OVERDUE);
        }
        if (s.observationEndsOn() != null && !s.observationEndsOn().isAfter(today.plusDays(ENDING_DAYS))) {
            reasons.add(Reason.OBSERVATION_ENDING);
        }
        if (s.evaluationDueOn() != null && !today.isBefore(s.evaluationDueOn().minusDays(EVALUATION_WINDOW_DAYS))) {
            reasons.add(Reason.EVALUATION_DUE);
        }
        if (isNew(s.lastNoteAt(), s.lookedAt())) {
            reasons.add(Reason.NEW_NOTE);
        }
        if (isNew(s.lastPhotoAt(), s.lookedAt())) {
            reasons.add(Reason.NEW_PHOTO);
        }
        if (s.lastActive() != null && s.lastActive().isBefore(now.minus(Duration.ofDays(QUIET_DAYS)))) {
            reasons.add(Reason.QUIET);
        }
        return List.copyOf(reasons);
    }

    private static boolean isNew(Instant at, Instant lookedAt) {
        return at != null && (lookedAt == null || at.isAfter(lookedAt));
    }

    /** A row to sort: the participant's name, reasons and last activity. */
    public interface Row {
        String name();

        List<Reason> reasons();

        Instant lastActivity();
    }

    /** How the coach's list can be sorted. */
    public enum Sort {
        /** Who needs the coach first: the most pressing reason, then the number of reasons, then the name. */
        ATTENTION,
        /** By name, A to Z. */
        NAME,
        /** Longest without activity first (never active first of all). */
        QUIET;

        /** The sort a request names ("attention", "name", "quiet"); blank means attention; else 400 naming {@code sort}. */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return ATTENTION;
            }
            return Optional.of(value.strip().toUpperCase(Locale.ROOT)).flatMap(v -> {
                for (var sort : values()) {
                    if (sort.name().equals(v)) {
                        return Optional.of(sort);
                    }
                }
                return Optional.empty();
            }).orElseThrow(() -> new InvalidField("sort", new Text(
                    "Sorteer op attention, name of quiet.", "Sort by attention, name or quiet.")));
        }
    }

    /**
     * The order of the list for this sort, for one sort at a time: each row's name is turned into a collation key
     * once (comparing names with the collator itself decomposes both names at every comparison, a tenth of the
     * attention list's time for 500 participants).
     */
    public static <R extends Row> Comparator<R> order(Sort sort, Locale locale) {
        var collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        var keys = new java.util.IdentityHashMap<R, java.text.CollationKey>();
        Comparator<R> byName = Comparator.comparing(
                r -> keys.computeIfAbsent(r, row -> collator.getCollationKey(row.name() == null ? "" : row.name())));
        return switch (sort) {
            case NAME -> byName;
            case QUIET -> Comparator.<R, Instant>comparing(Row::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case ATTENTION -> Comparator.<R>comparingInt(r -> mostPressing(r.reasons()))
                    .thenComparing(Comparator.<R>comparingInt(r -> r.reasons().size()).reversed())
                    .thenComparing(byName);
        };
    }

    private static int mostPressing(List<Reason> reasons) {
        return reasons.stream().mapToInt(Enum::ordinal).min().orElse(Reason.values().length);
    }
}
