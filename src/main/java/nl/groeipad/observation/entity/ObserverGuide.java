package nl.groeipad.observation.entity;

import java.util.List;
import nl.groeipad.platform.entity.Text;

/**
 * The observer's checklist and the pitfalls of observing, in our own words (Dutch B1 and English). Shown when an
 * observation starts and again before it is concluded; the coach confirms having read them both times.
 */
public final class ObserverGuide {

    private ObserverGuide() {
    }

    /** A pitfall: its name and what it means in practice. */
    public record Pitfall(Text name, Text meaning) {
    }

    public static final List<Text> CHECKLIST = List.of(
            Text.of("Neem de tijd. Kijk rustig, niet tussen twee klussen door.",
                    "Take your time. Watch calmly, not in between two jobs."),
            Text.of("Lees eerst de gedragingen en het niveau. Dan weet je waar je op let.",
                    "Read the behaviours and the level first. Then you know what to look for."),
            Text.of("Blijf objectief. Scoor wat je ziet, niet wat je verwacht.",
                    "Stay objective. Score what you see, not what you expect."),
            Text.of("Kijk in minstens twee werksituaties, verspreid over de hele periode.",
                    "Watch in at least two work situations, spread over the whole period."),
            Text.of("Schrijf korte notities met feiten: wat deed de deelnemer, wanneer?",
                    "Write short notes with facts: what did the participant do, and when?"),
            Text.of("Twijfel je of niet gezien? Kies \u201cniet gezien / geef een opdracht\u201d, geen lage score.",
                    "In doubt, or not seen? Choose \u201cnot seen / give an assignment\u201d, not a low score."));

    public static final List<Pitfall> PITFALLS = List.of(
            new Pitfall(Text.of("\u201cIk ken mijn medewerker\u201d", "\u201cI know my employee\u201d"),
                    Text.of("Je scoort wat je van vroeger weet in plaats van wat je nu ziet.",
                            "You score what you know from before instead of what you see now.")),
            new Pitfall(Text.of("Selectief kijken", "Selective perception"),
                    Text.of("Je ziet alleen wat bij je idee past en mist de rest.",
                            "You only see what fits your idea and miss the rest.")),
            new Pitfall(Text.of("Vooroordeel", "Stereotyping"),
                    Text.of("Je oordeelt over de groep waar iemand bij hoort, niet over de persoon.",
                            "You judge the group someone belongs to, not the person.")),
            new Pitfall(Text.of("Halo-effect", "Halo effect"),
                    Text.of("Eén goed punt maakt dat je alles hoger scoort.",
                            "One good point makes you score everything higher.")),
            new Pitfall(Text.of("Horn-effect", "Horn effect"),
                    Text.of("Eén zwak punt maakt dat je alles lager scoort.",
                            "One weak point makes you score everything lower.")),
            new Pitfall(Text.of("Invullen", "Filling in"),
                    Text.of("Je vult een score in voor gedrag dat je niet zag. Kies dan \u201cniet gezien\u201d.",
                            "You fill in a score for behaviour you did not see. Choose \u201cnot seen\u201d instead.")),
            new Pitfall(Text.of("Eigen uitleg", "Own interpretation"),
                    Text.of("Je leest de gedragsindicator op je eigen manier. Houd je aan de tekst van het niveau.",
                            "You read the indicator your own way. Stick to the text of the level.")),
            new Pitfall(Text.of("Veralgemenen", "Generalising"),
                    Text.of("Wat je \u00e9\u00e9n keer zag, geldt nog niet altijd.",
                            "What you saw once does not always hold.")));
}
