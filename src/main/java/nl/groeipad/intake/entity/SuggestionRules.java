package nl.groeipad.intake.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.platform.entity.Text;

/**
 * Which competencies to work on first after an intake, at which level, with which learning material — each
 * explained in one plain sentence that starts with "omdat". Pure and deterministic: the same evidence always
 * gives the same suggestions in the same order.
 *
 * <h2>The rules</h2>
 * <ol>
 * <li><b>Gap per behaviour.</b> Every behavioural indicator gets a gap from 0 (nothing to learn) to 4:
 * the coach's score when there is one ({@code 5 − score}: 1 "Nog niet" → 4 … 5 "Kan het een ander leren" → 0),
 * else the participant's answer ("nog niet" → 3, "een beetje" → 2, "kan ik al" → 0). The coach's observation
 * <em>replaces</em> the participant's answer for that behaviour, and weighs more: a coach's 1 outweighs any
 * self-assessment. Unanswered behaviours count for nothing.</li>
 * <li><b>Level.</b> A gap of 3 or 4 means start at level A, 2 at level B, 1 at level C (the mbo-Entree
 * standard). A competency is worked on at the level of its weakest behaviour.</li>
 * <li><b>Order.</b> Competencies with a gap are ordered by their average gap (highest first), then their
 * largest gap, then the framework's own order; the first {@value #MAX_FOCUS} are suggested.</li>
 * <li><b>Everything "kan ik al".</b> When no competency has a gap, the competencies whose "kan ik al" the coach
 * has not confirmed (no score) are suggested at level C to consolidate — showing it every day and on one's own
 * is what level C asks; when the coach confirmed everything (or nothing was answered) there is no suggestion,
 * with a friendly note instead.</li>
 * <li><b>Material.</b> From the catalogue items of the same competency and level: first a workplace
 * assignment (werkplekopdracht: learning in the work itself), then one of each other kind (conversation,
 * video, online lesson, LMS activity, training) for a mix, then more workplace assignments; at most
 * {@value #MAX_ITEMS}, in the catalogue's order within a kind.</li>
 * </ol>
 */
public final class SuggestionRules {

    public static final int MAX_FOCUS = 3;
    public static final int MAX_ITEMS = 3;

    /** Kinds of material in the order the rules prefer them (catalogue kind codes). */
    static final List<String> KIND_PREFERENCE = List.of("workplace-assignment", "conversation", "video",
            "online-lesson", "lms-activity", "offline-training");

    private SuggestionRules() {
    }

    /** What is known about one behaviour: the participant's answer and the coach's score, each possibly absent. */
    public record Behaviour(String indicatorId, SelfAssessment self, Score coach) {
        public Behaviour {
            Objects.requireNonNull(indicatorId, "indicatorId");
        }

        boolean isKnown() {
            return self != null || coach != null;
        }

        /** 0 (nothing to learn) … 4; the coach's score replaces the participant's answer. */
        int gap() {
            if (coach != null) {
                return Score.MAX - coach.value();
            }
            return switch (self) {
                case NOT_YET -> 3;
                case A_LITTLE -> 2;
                case ALREADY -> 0;
            };
        }
    }

    /** A competency with its behaviours, in the framework's order. */
    public record CompetencyEvidence(String key, String title, List<Behaviour> behaviours) {
        public CompetencyEvidence {
            Objects.requireNonNull(key, "key");
            behaviours = List.copyOf(behaviours);
        }
    }

    /** A competency to work on first, at a level, and why. */
    public record Focus(String competencyKey, String competencyTitle, Level level, Text reason, boolean consolidation) {
    }

    /** The suggested competencies (at most three) and, when there are none or only consolidation, a friendly note. */
    public record Outcome(List<Focus> focus, Text note) {
        public Outcome {
            focus = List.copyOf(focus);
        }
    }

    /** A catalogue item that could fit: its id, title and kind code (e.g. {@code workplace-assignment}). */
    public record Material(String id, String title, String kind, Integer durationMinutes, String url) {
        public Material {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A suggested item and why it fits. */
    public record MaterialSuggestion(Material material, Text reason) {
    }

    // ---- competencies and levels ---------------------------------------------------------------------------

    /**
     * Who the sentences speak to and about: the participant themselves ("omdat je … koos", "je begeleider"), or the
     * coach reading about the participant ("omdat Sam … koos", "omdat jij … scoorde").
     */
    public record Voice(String who, String whoEn, String coach, String coachEn, boolean toParticipant) {

        /** Spoken to the participant. */
        public static final Voice PARTICIPANT = new Voice("je", "you", "je begeleider", "your coach", true);

        /** Spoken to the coach, about the participant by their first name ("de deelnemer" without one). */
        public static Voice aboutParticipant(String firstName) {
            var name = firstName == null || firstName.isBlank() ? null : firstName.strip();
            return new Voice(name == null ? "de deelnemer" : name, name == null ? "the participant" : name, "jij", "you", false);
        }
    }

    public static Outcome suggest(List<CompetencyEvidence> competencies, ScaleLabels scale) {
        return suggest(competencies, scale, Voice.PARTICIPANT);
    }

    public static Outcome suggest(List<CompetencyEvidence> competencies, ScaleLabels scale, Voice voice) {
        var needs = new ArrayList<Need>();
        for (int i = 0; i < competencies.size(); i++) {
            var known = competencies.get(i).behaviours().stream().filter(Behaviour::isKnown).toList();
            if (!known.isEmpty()) {
                needs.add(new Need(i, competencies.get(i), known));
            }
        }
        var withGap = needs.stream().filter(n -> n.maxGap() > 0)
                .sorted(Comparator.comparing((Need n) -> n, SuggestionRules::byAverageGap)
                        .thenComparing(Need::maxGap, Comparator.reverseOrder())
                        .thenComparing(Need::order))
                .limit(MAX_FOCUS)
                .map(n -> new Focus(n.competency().key(), n.competency().title(), level(n.maxGap()), reason(n, scale, voice), false))
                .toList();
        if (!withGap.isEmpty()) {
            return new Outcome(withGap, null);
        }
        if (needs.isEmpty()) {
            return new Outcome(List.of(), new Text(
                    "Er zijn nog geen antwoorden. Daarom zijn er nog geen voorstellen.",
                    "There are no answers yet, so there are no suggestions yet."));
        }
        var consolidate = needs.stream()
                .filter(n -> n.known().stream().anyMatch(b -> b.coach() == null))
                .limit(MAX_FOCUS)
                .map(n -> new Focus(n.competency().key(), n.competency().title(), Level.C, consolidationReason(n, voice), true))
                .toList();
        if (consolidate.isEmpty()) {
            return new Outcome(List.of(), voice.toParticipant() ? new Text(
                    "Jij en je begeleider zien allebei dat je dit al kunt. Kies samen een nieuw doel om aan te werken.",
                    "You and your coach both see that you can already do this. Choose a new goal together.")
                    : new Text("Jij en " + voice.who() + " zien allebei dat " + voice.who()
                            + " dit al kan. Kies samen een nieuw doel om aan te werken.",
                    "You and " + voice.whoEn() + " both see that " + voice.whoEn()
                            + " can already do this. Choose a new goal together."));
        }
        return new Outcome(consolidate, voice.toParticipant() ? new Text(
                "Je zegt dat je alles al kunt. Mooi! Op niveau C laat je zien dat het elke dag lukt, ook zonder hulp.",
                "You say you can already do all of this. Great! At level C you show that it works every day, "
                        + "also without help.")
                : new Text(voice.who() + " zegt alles al te kunnen. Op niveau C laat " + voice.who()
                        + " zien dat het elke dag lukt, ook zonder hulp.",
                voice.whoEn() + " says they can already do all of this. At level C " + voice.whoEn()
                        + " shows that it works every day, also without help."));
    }

    /** Evidence of one competency with at least one known behaviour; {@code order} is its place in the framework. */
    private record Need(int order, CompetencyEvidence competency, List<Behaviour> known) {
        int maxGap() {
            return known.stream().mapToInt(Behaviour::gap).max().orElse(0);
        }

        int gapSum() {
            return known.stream().mapToInt(Behaviour::gap).sum();
        }
    }

    /** Higher average gap first, compared exactly (a/b vs c/d as a·d vs c·b). */
    private static int byAverageGap(Need x, Need y) {
        return Long.compare((long) y.gapSum() * x.known().size(), (long) x.gapSum() * y.known().size());
    }

    static Level level(int gap) {
        return gap >= 3 ? Level.A : gap == 2 ? Level.B : Level.C;
    }

    private static Text reason(Need need, ScaleLabels scale, Voice voice) {
        var max = need.maxGap();
        var decisive = need.known().stream().filter(b -> b.gap() == max).toList();
        var byCoach = decisive.stream().filter(b -> b.coach() != null).toList();
        var total = need.known().size();
        if (!byCoach.isEmpty()) {
            var score = byCoach.getFirst().coach();
            var label = scale.labelOf(score).toLowerCase(Locale.ROOT);
            var scored = byCoach.size();
            if (total == 1) {
                return new Text("omdat " + voice.coach() + " dit met " + score.value() + " (" + label + ") scoorde",
                        "because " + voice.coachEn() + " scored this " + score.value() + " (" + label + ")");
            }
            return new Text("omdat " + voice.coach() + " " + scored + " van de " + total + " gedragingen met " + score.value()
                    + " (" + label + ") scoorde",
                    "because " + voice.coachEn() + " scored " + scored + " of the " + total + " behaviours " + score.value()
                            + " (" + label + ")");
        }
        var answer = decisive.getFirst().self();
        var chosen = need.known().stream().filter(b -> b.coach() == null && b.self() == answer).count();
        return chose(answer, chosen, total, voice);
    }

    private static Text chose(SelfAssessment answer, long chosen, int total, Voice voice) {
        var nl = answer.words().nl();
        var en = answer.words().en();
        var who = voice.who();
        var whoEn = voice.whoEn();
        if (total == 1) {
            return new Text("omdat " + who + " bij deze gedraging ‘" + nl + "’ koos",
                    "because " + whoEn + " chose ‘" + en + "’ for this behaviour");
        }
        if (chosen == total) {
            return new Text("omdat " + who + " bij alle " + total + " gedragingen ‘" + nl + "’ koos",
                    "because " + whoEn + " chose ‘" + en + "’ for all " + total + " behaviours");
        }
        return new Text("omdat " + who + " bij " + chosen + " van de " + total + " gedragingen ‘" + nl + "’ koos",
                "because " + whoEn + " chose ‘" + en + "’ for " + chosen + " of the " + total + " behaviours");
    }

    private static Text consolidationReason(Need need, Voice voice) {
        var chose = chose(SelfAssessment.ALREADY, need.known().stream()
                .filter(b -> b.coach() == null && b.self() == SelfAssessment.ALREADY).count(), need.known().size(), voice);
        return new Text(chose.nl() + ", en op niveau C laat " + voice.who() + " zien dat het elke dag zonder hulp lukt",
                chose.en() + ", and at level C " + (voice.toParticipant() ? "you show" : voice.whoEn() + " shows")
                        + " that it works every day without help");
    }

    // ---- learning material -----------------------------------------------------------------------------------

    /**
     * At most {@value #MAX_ITEMS} items from the candidates (all of the same competency and level, in the catalogue's
     * order): a workplace assignment first, then a mix of other kinds, then more workplace assignments.
     */
    public static List<MaterialSuggestion> pickMaterial(List<Material> candidates, Level level) {
        var chosen = new LinkedHashSet<Material>();
        // one of each kind, in the preferred order: a workplace assignment first, then a mix
        for (var kind : KIND_PREFERENCE) {
            if (chosen.size() < MAX_ITEMS) {
                candidates.stream().filter(m -> m.kind().equals(kind)).findFirst().ifPresent(chosen::add);
            }
        }
        // then the rest, preferred kinds first (a stable sort keeps the catalogue's order within a kind)
        candidates.stream().filter(m -> !chosen.contains(m))
                .sorted(Comparator.comparingInt(m -> preference(m.kind())))
                .limit(Math.max(0, MAX_ITEMS - chosen.size()))
                .forEach(chosen::add);
        return chosen.stream().map(m -> new MaterialSuggestion(m, materialReason(m.kind(), level))).toList();
    }

    private static int preference(String kind) {
        var i = KIND_PREFERENCE.indexOf(kind);
        return i < 0 ? KIND_PREFERENCE.size() : i;
    }

    static Text materialReason(String kind, Level level) {
        var nl = "omdat het niveau " + level + " van deze competentie traint";
        var en = "because it trains level " + level + " of this competency";
        return switch (kind) {
            case "workplace-assignment" -> new Text(nl + " en je het meteen in je eigen werk oefent",
                    en + " and you practise it right away in your own work");
            case "conversation" -> new Text(nl + " en je het samen met je begeleider of een collega bespreekt",
                    en + " and you talk it through with your coach or a colleague");
            case "video" -> new Text(nl + " en je in een filmpje ziet hoe het gaat",
                    en + " and a video shows you how it is done");
            case "online-lesson" -> new Text(nl + " en je online in je eigen tempo oefent",
                    en + " and you practise online at your own pace");
            case "lms-activity" -> new Text(nl + " en je het in je cursus oefent", en + " and you practise it in your course");
            case "offline-training" -> new Text(nl + " en je het in een training samen met anderen oefent",
                    en + " and you practise it with others in a training");
            default -> new Text(nl, en);
        };
    }
}
