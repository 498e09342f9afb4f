package nl.groeipad.observation.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;

/**
 * Where the second observer differs from the lead observer by 2 points or more, for the same indicator in the same
 * situation (current scores 1–5 of both; "niet gezien" is never compared).
 */
public final class SecondOpinion {

    public static final int NOTABLE = 2;

    private SecondOpinion() {
    }

    public record Difference(String indicatorId, String situationId, int lead, int second) {
        public int points() {
            return Math.abs(lead - second);
        }
    }

    public static List<Difference> differences(Collection<ScoreEntry> leadCurrent, Collection<ScoreEntry> secondCurrent) {
        var lead = new HashMap<String, ScoreEntry>();
        leadCurrent.stream().filter(e -> !e.notSeen()).forEach(e -> lead.put(e.indicatorId() + "|" + e.situationId(), e));
        return secondCurrent.stream().filter(e -> !e.notSeen())
                .map(e -> {
                    var l = lead.get(e.indicatorId() + "|" + e.situationId());
                    return l == null ? null : new Difference(e.indicatorId(), e.situationId(), l.score(), e.score());
                })
                .filter(d -> d != null && d.points() >= NOTABLE).toList();
    }
}
