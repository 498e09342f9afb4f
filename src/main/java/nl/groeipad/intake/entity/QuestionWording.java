package nl.groeipad.intake.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a behavioural indicator, written about "the employee" ("Vraagt op tijd om hulp of advies."), into words
 * for the participant: a question ("Vraag jij op tijd om hulp of advies?") and an example in the second person
 * ("Je vertelt je begeleider dat het niet lukt …"). Dutch frameworks describe behaviour with a verb in the
 * third person first, as the demo framework and the mbo-Entree texts do; that verb is turned into the
 * jij-form. Anything else (an English framework, a sentence that does not start with a verb) is kept as it
 * is, and the screen asks "Kun jij dit?" above it.
 */
public final class QuestionWording {

    /** Verbs whose jij-form does not follow "drop the final t", keyed by the third-person form. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            // third person -> {inverted ("… jij"), plain ("je …")}
            Map.entry("is", new String[] {"ben", "bent"}),
            Map.entry("heeft", new String[] {"heb", "hebt"}),
            Map.entry("kan", new String[] {"kun", "kunt"}),
            Map.entry("wil", new String[] {"wil", "wilt"}),
            Map.entry("zal", new String[] {"zul", "zult"}),
            Map.entry("mag", new String[] {"mag", "mag"}),
            Map.entry("gaat", new String[] {"ga", "gaat"}),
            Map.entry("staat", new String[] {"sta", "staat"}),
            Map.entry("doet", new String[] {"doe", "doet"}),
            Map.entry("ziet", new String[] {"zie", "ziet"}),
            Map.entry("slaat", new String[] {"sla", "slaat"}),
            Map.entry("weet", new String[] {"weet", "weet"}),
            Map.entry("moet", new String[] {"moet", "moet"}),
            Map.entry("laat", new String[] {"laat", "laat"}),
            Map.entry("let", new String[] {"let", "let"}),
            Map.entry("zet", new String[] {"zet", "zet"}),
            Map.entry("eet", new String[] {"eet", "eet"}),
            Map.entry("zit", new String[] {"zit", "zit"}),
            Map.entry("wacht", new String[] {"wacht", "wacht"}),
            Map.entry("start", new String[] {"start", "start"}),
            Map.entry("praat", new String[] {"praat", "praat"}),
            Map.entry("richt", new String[] {"richt", "richt"}),
            Map.entry("rust", new String[] {"rust", "rust"}),
            Map.entry("test", new String[] {"test", "test"}),
            Map.entry("bericht", new String[] {"bericht", "bericht"}),
            Map.entry("verricht", new String[] {"verricht", "verricht"}),
            Map.entry("vecht", new String[] {"vecht", "vecht"}));

    /** Words ending in t that start a sentence without being its verb. */
    private static final Set<String> NOT_A_VERB = Set.of("het", "dat", "wat", "niet", "eerst", "met", "tot", "uit",
            "ook", "altijd", "soms", "vaak", "samen", "zelfstandig", "goed", "op", "bij", "in", "als", "na");

    private static final Pattern[] FROM = {
            Pattern.compile("\\bhij of zij\\b"), Pattern.compile("\\bzij of hij\\b"), Pattern.compile("\\bzijn of haar\\b"),
            Pattern.compile("\\bzich\\b"), Pattern.compile("\\bhet eigen\\b"), Pattern.compile("\\bde eigen\\b"),
            Pattern.compile("\\bde begeleider\\b")};
    private static final String[] TO = {"je", "je", "je", "je", "je eigen", "je eigen", "je begeleider"};

    private QuestionWording() {
    }

    /** "Vraagt op tijd om hulp of advies." → "Vraag jij op tijd om hulp of advies?"; else the text as it is. */
    public static String question(String description, String language) {
        var parts = split(description, language);
        if (parts == null) {
            return description == null ? "" : description.strip();
        }
        var verb = inverted(parts[0]);
        var rest = toParticipant(withoutFullStop(parts[1]));
        return capitalise(verb) + " jij" + (rest.isEmpty() ? "" : " " + rest) + "?";
    }

    /** "Vertelt de begeleider dat …" → "Je vertelt je begeleider dat …"; else the text as it is (or null). */
    public static String example(String levelText, String language) {
        if (levelText == null || levelText.isBlank()) {
            return null;
        }
        var parts = split(levelText, language);
        if (parts == null) {
            return levelText.strip();
        }
        var rest = toParticipant(parts[1]);
        return "Je " + plain(parts[0]) + (rest.isEmpty() ? "" : " " + rest);
    }

    /** {first word lower-cased, rest} when this is Dutch starting with a third-person verb; else null. */
    private static String[] split(String text, String language) {
        if (text == null || text.isBlank() || language == null || !language.toLowerCase(Locale.ROOT).startsWith("nl")) {
            return null;
        }
        var stripped = text.strip();
        var space = stripped.indexOf(' ');
        var first = (space < 0 ? stripped : stripped.substring(0, space)).toLowerCase(Locale.ROOT);
        var rest = space < 0 ? "" : stripped.substring(space + 1).strip();
        if (!first.chars().allMatch(Character::isLetter) || NOT_A_VERB.contains(first)) {
            return null;
        }
        if (!IRREGULAR.containsKey(first) && (first.length() < 4 || !first.endsWith("t"))) {
            return null;
        }
        return new String[] {first, rest};
    }

    private static String inverted(String verb) {
        var irregular = IRREGULAR.get(verb);
        if (irregular != null) {
            return irregular[0];
        }
        return verb.substring(0, verb.length() - 1); // vraagt → vraag, meldt → meld, houdt → houd
    }

    private static String plain(String verb) {
        var irregular = IRREGULAR.get(verb);
        return irregular != null ? irregular[1] : verb;
    }

    private static String toParticipant(String text) {
        var result = text;
        for (int i = 0; i < FROM.length; i++) {
            result = FROM[i].matcher(result).replaceAll(TO[i]);
        }
        return result;
    }

    private static String withoutFullStop(String text) {
        var t = text.strip();
        while (t.endsWith(".") || t.endsWith("!")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
