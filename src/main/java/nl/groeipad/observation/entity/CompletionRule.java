package nl.groeipad.observation.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Text;

/**
 * Whether a participant is ready for completion of a route or a goal: for every target (competency and level) a
 * concluded observation reached that level or a higher one by the {@link MasteryRule}. An observation concluded
 * <em>incomplete</em> (not every behaviour scored or "niet gezien", or fewer than two situations) does not count:
 * completion must be beyond doubt. One concluded <em>early</em> (before the period ended, with the coach's written
 * reason) counts and is named as such. Offline results are shown beside the target; the level is decided by
 * observation (docs/observation.md). One rule for every organisation, shown in the app.
 */
public final class CompletionRule {

    public static final Text TEXT = Text.of(
            "Klaar voor afronding als elk doel gehaald is in een afgeronde observatie: elk gedrag van de competentie "
                    + "kreeg minstens een 4, in minstens 2 werksituaties, op dat niveau of hoger. Een onvolledig "
                    + "afgeronde observatie telt niet mee. Resultaten van elders (training, toets, praktijkexamen) "
                    + "staan erbij, maar het niveau blijkt uit de observatie.",
            "Ready for completion when every target was reached in a concluded observation: every behaviour of the "
                    + "competency scored at least 4, in at least 2 work situations, at that level or higher. An "
                    + "observation concluded incomplete does not count. Results from elsewhere (training, test, "
                    + "practical exam) are shown, but the level shows in the observation.");

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CompletionRule() {
    }

    /** A concluded observation's result for one competency. */
    public record Concluded(String competencyKey, Level level, boolean reached, boolean early, boolean incomplete,
                            Instant concludedAt) {
    }

    /** An offline result (training, test, practical exam). */
    public record Offline(String competencyKey, Level level, OfflineKind kind, LocalDate achievedOn) {
    }

    /** The check of every target, in the targets' order. */
    public static List<TargetCheck> check(List<MasteryTarget> targets, Collection<Concluded> concluded,
                                          Collection<Offline> offline) {
        return targets.stream().map(t -> check(t, concluded, offline)).toList();
    }

    public static boolean ready(List<TargetCheck> checks) {
        return !checks.isEmpty() && checks.stream().allMatch(TargetCheck::met);
    }

    static TargetCheck check(MasteryTarget target, Collection<Concluded> concluded, Collection<Offline> offline) {
        var key = target.competencyKey();
        var level = target.level();
        var title = target.competencyTitle();
        var atLevel = concluded.stream().filter(c -> c.competencyKey().equals(key) && c.level().compareTo(level) >= 0)
                .sorted(Comparator.comparing(Concluded::concludedAt).reversed()).toList();
        var evidence = new ArrayList<Text>();
        var proof = atLevel.stream().filter(c -> c.reached() && !c.incomplete()).findFirst();
        proof.ifPresent(c -> evidence.add(c.early()
                ? Text.of("Niveau " + c.level() + " gehaald in de observatie van " + day(c) + " (eerder afgerond, met reden).",
                        "Level " + c.level() + " reached in the observation of " + day(c) + " (concluded early, with a reason).")
                : Text.of("Niveau " + c.level() + " gehaald in de observatie van " + day(c) + ".",
                        "Level " + c.level() + " reached in the observation of " + day(c) + ".")));
        offline.stream().filter(o -> o.competencyKey().equals(key) && o.level().compareTo(level) >= 0)
                .forEach(o -> evidence.add(Text.of(
                        "Ook gedaan: " + o.kind().label().nl().toLowerCase(java.util.Locale.ROOT) + " niveau " + o.level()
                                + " op " + o.achievedOn() + ".",
                        "Also done: " + o.kind().label().en().toLowerCase(java.util.Locale.ROOT) + " level " + o.level()
                                + " on " + o.achievedOn() + ".")));
        if (proof.isPresent()) {
            return new TargetCheck(key, title, level, "met", null, evidence);
        }
        if (atLevel.stream().anyMatch(Concluded::reached)) {
            return new TargetCheck(key, title, level, "incomplete-only", Text.of(
                    "Niveau " + level + " van " + title + " is alleen gehaald in een observatie die onvolledig is "
                            + "afgerond. Observeer nog een keer, helemaal.",
                    "Level " + level + " of " + title + " was only reached in an observation concluded incomplete. "
                            + "Observe once more, completely."), evidence);
        }
        if (!atLevel.isEmpty()) {
            return new TargetCheck(key, title, level, "not-reached", Text.of(
                    "Niveau " + level + " nog niet gehaald bij " + title + ".",
                    "Level " + level + " not reached yet for " + title + "."), evidence);
        }
        return new TargetCheck(key, title, level, "not-observed", Text.of(
                "Nog geen afgeronde observatie van " + title + " op niveau " + level + ".",
                "No concluded observation of " + title + " at level " + level + " yet."), evidence);
    }

    private static LocalDate day(Concluded c) {
        return LocalDate.ofInstant(c.concludedAt(), ZONE);
    }
}
