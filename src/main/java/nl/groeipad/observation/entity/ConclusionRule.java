package nl.groeipad.observation.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import nl.groeipad.platform.entity.Text;

/**
 * When an observation may be concluded without a written reason: <strong>at least two work situations have
 * scores, the observation period has passed, and every behavioural indicator has a score or an explicit "niet
 * gezien"</strong> (in at least one situation). Read on the lead observer's current entries. Otherwise the coach
 * may still conclude, with a written reason; the conclusion then stays marked as early and/or incomplete.
 */
public final class ConclusionRule {

    public static final int MIN_SITUATIONS = 2;

    public static final Text TEXT = Text.of(
            "Je kunt afronden als: je in minstens 2 werksituaties hebt gescoord, de observatieperiode voorbij is, en "
                    + "elk gedrag een score of \u201cniet gezien\u201d heeft. Anders schrijf je op waarom je toch "
                    + "afrondt; dan blijft zichtbaar dat het te vroeg of onvolledig was.",
            "You can conclude when: you have scored in at least 2 work situations, the observation period has passed, "
                    + "and every behaviour has a score or \u201cnot seen\u201d. Otherwise you write why you conclude "
                    + "anyway; it then stays visible that it was early or incomplete.");

    private ConclusionRule() {
    }

    /**
     * What the rule says.
     *
     * @param situationsWithScores how many situations have at least one score 1–5
     * @param periodPassed         today is on or after the last day of the period
     * @param openIndicators       the indicators with neither a score nor "niet gezien" anywhere
     */
    public record Verdict(int situationsWithScores, boolean periodPassed, List<String> openIndicators,
                          LocalDate endsOn) {

        public boolean enoughSituations() {
            return situationsWithScores >= MIN_SITUATIONS;
        }

        public boolean complete() {
            return enoughSituations() && openIndicators.isEmpty();
        }

        /** Concluding is allowed without a reason. */
        public boolean holds() {
            return complete() && periodPassed;
        }

        public boolean early() {
            return !periodPassed;
        }

        /** Plain sentences for what is still missing; empty when the rule holds. */
        public List<Text> missing() {
            var out = new ArrayList<Text>();
            if (!enoughSituations()) {
                out.add(Text.of("Je hebt in " + situationsWithScores + " van de minstens 2 werksituaties gescoord.",
                        "You have scored in " + situationsWithScores + " of at least 2 work situations."));
            }
            if (!periodPassed) {
                out.add(Text.of("De observatieperiode loopt nog tot en met " + endsOn + ".",
                        "The observation period runs until " + endsOn + "."));
            }
            if (!openIndicators.isEmpty()) {
                var n = openIndicators.size();
                out.add(Text.of(n == 1 ? "1 gedrag heeft nog geen score of \u201cniet gezien\u201d."
                                : n + " gedragingen hebben nog geen score of \u201cniet gezien\u201d.",
                        n == 1 ? "1 behaviour has no score or \u201cnot seen\u201d yet."
                                : n + " behaviours have no score or \u201cnot seen\u201d yet."));
            }
            return out;
        }
    }

    /**
     * @param indicatorIds every indicator of the observation, in order
     * @param current      the lead observer's current entries
     * @param today        the organisation's calendar day
     * @param endsOn       the last day of the observation period
     */
    public static Verdict evaluate(List<String> indicatorIds, Collection<ScoreEntry> current, LocalDate today,
                                   LocalDate endsOn) {
        var situations = new HashSet<String>();
        var covered = new HashSet<String>();
        for (var e : current) {
            covered.add(e.indicatorId());
            if (!e.notSeen()) {
                situations.add(e.situationId());
            }
        }
        var open = indicatorIds.stream().filter(id -> !covered.contains(id)).toList();
        return new Verdict(situations.size(), !today.isBefore(endsOn), open, endsOn);
    }
}
