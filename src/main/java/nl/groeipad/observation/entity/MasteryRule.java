package nl.groeipad.observation.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Text;

/**
 * Whether a participant reached the observed level of a competency: <strong>every behavioural indicator of the
 * competency is scored 4 or higher in at least two different work situations</strong> (by the lead observer,
 * current entries; "niet gezien" counts as no score). One rule for every organisation, shown in the app.
 */
public final class MasteryRule {

    public static final int MIN_SCORE = 4;
    public static final int MIN_SITUATIONS = 2;

    public static final Text TEXT = Text.of(
            "Een niveau is gehaald als elk gedrag van de competentie minstens een 4 kreeg, in minstens 2 verschillende "
                    + "werksituaties. \u201cNiet gezien\u201d telt niet mee als score.",
            "A level is reached when every behaviour of the competency scored at least 4, in at least 2 different work "
                    + "situations. \u201cNot seen\u201d does not count as a score.");

    private MasteryRule() {
    }

    /** The indicators that meet the rule: scored ≥ 4 in at least two situations. */
    public static Set<String> indicatorsReached(Collection<ScoreEntry> current) {
        var situationsPerIndicator = new HashMap<String, Set<String>>();
        for (var e : current) {
            if (!e.notSeen() && e.score() >= MIN_SCORE) {
                situationsPerIndicator.computeIfAbsent(e.indicatorId(), k -> new HashSet<>()).add(e.situationId());
            }
        }
        var reached = new HashSet<String>();
        situationsPerIndicator.forEach((indicator, situations) -> {
            if (situations.size() >= MIN_SITUATIONS) {
                reached.add(indicator);
            }
        });
        return reached;
    }

    /**
     * The result for one competency.
     *
     * @param indicatorIds the competency's indicators in this observation
     * @param current      the lead observer's current entries (of any competency)
     */
    public static CompetencyResult result(String competencyKey, String competencyTitle, Level level,
                                          List<String> indicatorIds, Collection<ScoreEntry> current) {
        var reachedIds = indicatorsReached(current);
        var met = (int) indicatorIds.stream().filter(reachedIds::contains).count();
        var reached = !indicatorIds.isEmpty() && met == indicatorIds.size();
        var comment = reached
                ? "Niveau " + level + " van " + competencyTitle + " is gehaald."
                : "Niveau " + level + " van " + competencyTitle + " is nog niet gehaald: " + met + " van de "
                        + indicatorIds.size() + " gedragingen gingen goed in twee situaties.";
        return new CompetencyResult(competencyKey, competencyTitle, level, reached, met, indicatorIds.size(), comment);
    }
}
