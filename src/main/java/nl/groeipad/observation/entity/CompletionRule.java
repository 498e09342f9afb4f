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
 * concluded observation reached that level or a higher one by the {@link MasteryRule}, or a test or practical exam
 * obtained elsewhere was passed at that level or higher ({@link OfflineRule}). An observation concluded
 * <em>incomplete</em> (not every behaviour scored or "niet gezien", or fewer than two situations) does not count:
 * completion must be beyond doubt. One concluded <em>early</em> (before the period ended, with the coach's written
 * reason) counts and is named as such. A training completed is shown beside the target and does not decide
 * (docs/observation.md). One rule for every organisation, shown in the app.
 */
public final class CompletionRule {

    public static final Text TEXT = Text.of(
            "Klaar voor afronding als elk doel gehaald is: in een afgeronde observatie (elk gedrag van de competentie "
                    + "kreeg minstens een 4, in minstens 2 werksituaties, op dat niveau of hoger) of met een toets of "
                    + "praktijkexamen van elders op dat niveau of hoger. Een onvolledig afgeronde observatie telt niet "
                    + "mee. Een training van elders staat erbij, maar telt niet als niveau gehaald.",
            "Ready for completion when every target was reached: in a concluded observation (every behaviour of the "
                    + "competency scored at least 4, in at least 2 work situations, at that level or higher) or with a "
                    + "test or practical exam from elsewhere at that level or higher. An observation concluded "
                    + "incomplete does not count. A training from elsewhere is shown, but does not reach a level.");

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CompletionRule() {
    }

    /**
     * A concluded observation's result for one competency.
     *
     * @param indicatorsReached how many behaviours met the mastery rule (null when not known)
     * @param indicatorsTotal   how many behaviours the competency has at that level (null when not known)
     */
    public record Concluded(String competencyKey, Level level, boolean reached, boolean early, boolean incomplete,
                            Instant concludedAt, Integer indicatorsReached, Integer indicatorsTotal) {

        public Concluded(String competencyKey, Level level, boolean reached, boolean early, boolean incomplete,
                         Instant concludedAt) {
            this(competencyKey, level, reached, early, incomplete, concludedAt, null, null);
        }
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
                .forEach(o -> evidence.add(OfflineRule.counts(o.kind())
                        ? Text.of("Niveau " + o.level() + " gehaald met " + kindNl(o) + " van " + o.achievedOn() + ".",
                                "Level " + o.level() + " reached with " + kindEn(o) + " of " + o.achievedOn() + ".")
                        : Text.of("Ook gedaan: " + lower(o.kind().label().nl()) + " niveau " + o.level() + " op "
                                        + o.achievedOn() + " (een training telt niet als niveau gehaald).",
                                "Also done: " + lower(o.kind().label().en()) + " level " + o.level() + " on "
                                        + o.achievedOn() + " (a training does not reach a level).")));
        var quoted = "\u2018" + title + "\u2019";
        if (proof.isPresent() || OfflineRule.proof(key, level, offline).isPresent()) {
            return new TargetCheck(key, title, level, "met", null, evidence, Text.of(
                    "Gehaald: je hebt niveau " + level + " van " + quoted + ".",
                    "Reached: you have level " + level + " of " + quoted + "."));
        }
        if (atLevel.stream().anyMatch(Concluded::reached)) {
            return new TargetCheck(key, title, level, "incomplete-only", Text.of(
                    "Niveau " + level + " van " + title + " is alleen gehaald in een observatie die onvolledig is "
                            + "afgerond. Observeer nog een keer, helemaal.",
                    "Level " + level + " of " + title + " was only reached in an observation concluded incomplete. "
                            + "Observe once more, completely."), evidence, Text.of(
                    "Oefen nog even door. Niveau " + level + " van " + quoted + " ging goed, maar je begeleider kon "
                            + "nog niet alles zien. Je begeleider komt nog een keer kijken.",
                    "Keep practising a little longer. Level " + level + " of " + quoted + " went well, but your coach "
                            + "could not see everything yet. Your coach will come and watch once more."));
        }
        if (!atLevel.isEmpty()) {
            var latest = atLevel.getFirst();
            var counted = latest.indicatorsReached() != null && latest.indicatorsTotal() != null
                    && latest.indicatorsTotal() > 0;
            return new TargetCheck(key, title, level, "not-reached", Text.of(
                    "Niveau " + level + " nog niet gehaald bij " + title + ".",
                    "Level " + level + " not reached yet for " + title + "."), evidence, counted
                    ? Text.of("Oefen nog even door. Voor niveau " + level + " van " + quoted + " gingen "
                                    + latest.indicatorsReached() + " van de " + latest.indicatorsTotal()
                                    + " dingen al goed genoeg. Elk ding moet goed gaan, in 2 werksituaties.",
                            "Keep practising a little longer. For level " + level + " of " + quoted + ", "
                                    + latest.indicatorsReached() + " of the " + latest.indicatorsTotal()
                                    + " things already went well enough. Each one must go well, in 2 work situations.")
                    : Text.of("Oefen nog even door. Niveau " + level + " van " + quoted + " is nog niet gehaald.",
                            "Keep practising a little longer. Level " + level + " of " + quoted + " is not reached yet."));
        }
        return new TargetCheck(key, title, level, "not-observed", Text.of(
                "Nog geen afgeronde observatie, toets of praktijkexamen van " + title + " op niveau " + level + ".",
                "No concluded observation, test or practical exam of " + title + " at level " + level + " yet."),
                evidence, Text.of(
                "Oefen nog even door. Je begeleider heeft nog niet gezien dat je " + quoted + " kunt op niveau "
                        + level + ". Dat kan op je werk, of met een toets of praktijkexamen.",
                "Keep practising a little longer. Your coach has not yet seen that you can do " + quoted
                        + " at level " + level + ". That can be at work, or with a test or practical exam."));
    }

    private static String kindNl(Offline o) {
        return o.kind() == OfflineKind.TEST ? "de toets" : "het praktijkexamen";
    }

    private static String kindEn(Offline o) {
        return o.kind() == OfflineKind.TEST ? "the test" : "the practical exam";
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalDate day(Concluded c) {
        return LocalDate.ofInstant(c.concludedAt(), ZONE);
    }
}
