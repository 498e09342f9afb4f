package nl.groeipad.observation.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import nl.groeipad.platform.entity.Text;

/**
 * Signals that an observer may be caught by a pitfall, shown to the coach before concluding, each with one plain
 * sentence of why. They warn; they never block. Read on the lead observer's current scores 1–5.
 * <ul>
 * <li><b>same-everywhere</b> (straight-lining): at least 4 scores and all the same;</li>
 * <li><b>one-situation</b>: at least 4 scores and one situation carries 80 % or more of them;</li>
 * <li><b>all-high</b> (leniency): at least 3 scores, all 4 or higher — unless this coach's average in other
 * observations and the organisation's are both 4 or higher too (then it is how everyone scores here);</li>
 * <li><b>all-low</b> (severity): the same for all 2 or lower;</li>
 * <li><b>early</b>: the observation period has not passed yet.</li>
 * </ul>
 */
public final class RaterSignals {

    static final int MIN_FOR_PATTERN = 4;
    static final int MIN_FOR_LENIENCY = 3;
    static final double NEARLY_ALL = 0.8;

    private RaterSignals() {
    }

    /** One signal: a stable code and its sentence. */
    public record Signal(String code, Text sentence) {
    }

    /** Averages of scores 1–5 in other observations, for comparison; empty when there are none. */
    public record Averages(OptionalDouble coach, OptionalDouble organisation) {
        public static final Averages NONE = new Averages(OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * @param current        the lead observer's current entries
     * @param situationNames situation id → name
     */
    public static List<Signal> of(Collection<ScoreEntry> current, Map<String, String> situationNames,
                                  Averages averages, LocalDate today, LocalDate endsOn) {
        var scores = current.stream().filter(e -> !e.notSeen()).toList();
        var out = new ArrayList<Signal>();
        var n = scores.size();
        if (n >= MIN_FOR_PATTERN && scores.stream().map(ScoreEntry::score).distinct().count() == 1) {
            var s = scores.getFirst().score();
            out.add(new Signal("same-everywhere", Text.of(
                    "Je gaf elk gedrag dezelfde score (" + s + "). Kijk of elk gedrag echt even goed ging.",
                    "You gave every behaviour the same score (" + s + "). Check whether each behaviour really went "
                            + "equally well.")));
        }
        if (n >= MIN_FOR_PATTERN) {
            var perSituation = new HashMap<String, Integer>();
            scores.forEach(e -> perSituation.merge(e.situationId(), 1, Integer::sum));
            perSituation.entrySet().stream().filter(en -> en.getValue() >= NEARLY_ALL * n).findFirst()
                    .ifPresent(en -> {
                        var name = situationNames.getOrDefault(en.getKey(), "?");
                        out.add(new Signal("one-situation", Text.of(
                                "Bijna alle scores (" + en.getValue() + " van " + n + ") komen uit \u00e9\u00e9n "
                                        + "situatie: \u2018" + name + "\u2019. Kijk ook in een andere situatie.",
                                "Nearly all scores (" + en.getValue() + " of " + n + ") come from one situation: \u2018"
                                        + name + "\u2019. Look in another situation too.")));
                    });
        }
        if (n >= MIN_FOR_LENIENCY) {
            var average = scores.stream().mapToInt(ScoreEntry::score).average().orElse(0);
            var compare = comparison(average, averages);
            if (scores.stream().allMatch(e -> e.score() >= 4) && !both(averages, a -> a >= 4)) {
                out.add(new Signal("all-high", Text.of(
                        "Alle scores zijn 4 of hoger." + compare.nl() + " Ben je misschien te mild (halo-effect)?",
                        "Every score is 4 or higher." + compare.en() + " Are you perhaps too lenient (halo effect)?")));
            }
            if (scores.stream().allMatch(e -> e.score() <= 2) && !both(averages, a -> a <= 2)) {
                out.add(new Signal("all-low", Text.of(
                        "Alle scores zijn 2 of lager." + compare.nl() + " Ben je misschien te streng (horn-effect)?",
                        "Every score is 2 or lower." + compare.en() + " Are you perhaps too strict (horn effect)?")));
            }
        }
        if (today.isBefore(endsOn)) {
            var days = ChronoUnit.DAYS.between(today, endsOn);
            out.add(new Signal("early", Text.of(
                    "De observatieperiode loopt nog " + days + (days == 1 ? " dag" : " dagen")
                            + " (tot en met " + endsOn + "). Wie te vroeg afrondt, ziet minder.",
                    "The observation period still runs " + days + (days == 1 ? " day" : " days") + " (until " + endsOn
                            + "). Concluding early means seeing less.")));
        }
        return out;
    }

    private static boolean both(Averages averages, java.util.function.DoublePredicate test) {
        return averages.coach().isPresent() && averages.organisation().isPresent()
                && test.test(averages.coach().getAsDouble()) && test.test(averages.organisation().getAsDouble());
    }

    private static Text comparison(double average, Averages averages) {
        if (averages.coach().isEmpty() && averages.organisation().isEmpty()) {
            return Text.of(" Er zijn nog geen andere observaties om mee te vergelijken.",
                    " There are no other observations to compare with yet.");
        }
        var nl = new StringBuilder(" Hier gemiddeld " + one(average, ','));
        var en = new StringBuilder(" Average here " + one(average, '.'));
        averages.coach().ifPresent(a -> {
            nl.append("; jouw andere observaties ").append(one(a, ','));
            en.append("; your other observations ").append(one(a, '.'));
        });
        averages.organisation().ifPresent(a -> {
            nl.append("; de organisatie ").append(one(a, ','));
            en.append("; the organisation ").append(one(a, '.'));
        });
        return Text.of(nl.append('.').toString(), en.append('.').toString());
    }

    private static String one(double value, char separator) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', separator);
    }
}
