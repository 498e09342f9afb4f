package nl.groeipad.catalogue.control;

import static nl.groeipad.catalogue.entity.ItemKind.CONVERSATION;
import static nl.groeipad.catalogue.entity.ItemKind.LMS_ACTIVITY;
import static nl.groeipad.catalogue.entity.ItemKind.OFFLINE_TRAINING;
import static nl.groeipad.catalogue.entity.ItemKind.ONLINE_LESSON;
import static nl.groeipad.catalogue.entity.ItemKind.VIDEO;
import static nl.groeipad.catalogue.entity.ItemKind.WORKPLACE_ASSIGNMENT;
import static nl.groeipad.catalogue.entity.LearningStyle.DOING;
import static nl.groeipad.catalogue.entity.LearningStyle.FEELING;
import static nl.groeipad.catalogue.entity.LearningStyle.THINKING;
import static nl.groeipad.catalogue.entity.LearningStyle.WATCHING;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.groeipad.catalogue.entity.CatalogueItem;
import nl.groeipad.catalogue.entity.CompetencyRef;
import nl.groeipad.catalogue.entity.ItemContent;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyle;
import nl.groeipad.catalogue.entity.LearningStyles;
import nl.groeipad.catalogue.entity.Levels;
import nl.groeipad.platform.control.StarterContent;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistered;

/**
 * Starter material, so a new organisation does not open an empty catalogue: twenty items in plain Dutch for
 * the employee skills of the demo framework "Werknemersvaardigheden (WPO-stijl)" — workplace assignments,
 * conversations with the coach, videos, trainings and links to public practice sites.
 *
 * <p>Imported once per organisation when it is registered ({@link StarterContent}: the organisation's
 * {@code starter-catalogue-v1} row commits with the items, so also when several nodes or requests meet); material
 * the coaches remove does not come back. The items name their competency by the key and title it has in the starter
 * framework (the same in every organisation).
 */
@ApplicationScoped
public class StarterCatalogue {

    /** The kind of starter content in {@code tenant_starter_content}. */
    public static final String CONTENT = "starter-catalogue-v1";
    /** The instructions added to the starter material of organisations registered before it had them. */
    public static final String INSTRUCTIONS = "starter-catalogue-instructions-v1";

    static final CompetencyRef ADVIES = new CompetencyRef("94d6900c-6eb1-4413-896f-6d48d50be40f", "Advies vragen en anderen erbij betrekken");
    static final CompetencyRef AFSTEMMEN = new CompetencyRef("97bb2b18-659c-40c2-b3b2-95767a00af3c", "Werk afstemmen met anderen");
    static final CompetencyRef INSTRUCTIES = new CompetencyRef("70495458-5cce-45a5-837a-404f8fe534b9", "Instructies opvolgen");
    static final CompetencyRef VEILIG = new CompetencyRef("572afc48-5b47-45f7-a167-1103f8709b32", "Veilig werken");
    static final CompetencyRef KWALITEIT = new CompetencyRef("d54538ea-5c17-4fb8-8788-d1d4bc7747d3", "Letten op kwaliteit");
    static final CompetencyRef REFLECTEREN = new CompetencyRef("04d0e596-6e69-4d9a-82ec-1d66f2b0e496", "Terugkijken op het eigen werk");
    static final CompetencyRef OP_TIJD = new CompetencyRef("a0785b0f-08ce-47af-a0e1-14f2545746cb", "Op tijd komen en afmelden");
    static final CompetencyRef COMMUNICEREN = new CompetencyRef("3962073b-9eef-4f6c-9067-f874ef17887b", "Praten met collega's");

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    StarterContent starter;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(200) TenantRegistered event) {
        importInto(event.tenant());
    }

    /** Imports the starter material unless this organisation had it; true when it did now. */
    public boolean importInto(TenantId tenant) {
        var imported = starter.importOnce(tenant, CONTENT, () -> items(clock.instant()).forEach(data.em()::persist));
        starter.importOnce(tenant, INSTRUCTIONS, () -> addInstructions(clock.instant()));
        return imported;
    }

    /**
     * Organisations that got the starter material before it had instructions get them once: a starter item
     * (imported by Groeipad, not a copy) whose title, description and address are still the starter's — or one of
     * the two videos that told the reader to ask the coach where to watch it, or the quiz — takes the starter's content with its
     * steps. What a coach changed stays as the coach wrote it.
     */
    void addInstructions(Instant now) {
        var starters = items(now);
        var stored = data.em().createQuery("select i from CatalogueItem i where i.createdBy is null", CatalogueItem.class)
                .getResultList();
        for (var item : stored) {
            if (item.isReadOnly() || !item.content().instructions().isEmpty()) {
                continue;
            }
            starters.stream().filter(s -> unchangedStarter(item, s)).findFirst().ifPresent(
                    s -> item.revise(s.content().copy(), item.source(), item.sourceName(), now));
        }
    }

    private static boolean unchangedStarter(CatalogueItem item, CatalogueItem starter) {
        var is = item.content();
        var was = starter.content();
        return is.title().equals(was.title()) && java.util.Objects.equals(is.url(), was.url())
                && (java.util.Objects.equals(is.description(), was.description())
                    || OLD_DESCRIPTIONS.contains(is.description()));
    }

    /**
     * What the starter videos and the quiz said before there were instructions: videos no one could find and a quiz
     * in a course no one named.
     */
    static final List<String> OLD_DESCRIPTIONS = List.of(
            "Een korte quiz in de leeromgeving. Je leest een werkinstructie en beantwoordt vijf vragen. "
                    + "Je mag de quiz zo vaak doen als je wilt.",
            "Korte video (5 minuten). Je ziet hoe Mo zijn collega om hulp vraagt: op een goed moment, "
                    + "met een duidelijke vraag. Vraag je begeleider waar je de video kunt bekijken.",
            "Korte video (6 minuten) over waarom het uitmaakt dat je werk goed is: voor de klant, "
                    + "voor je collega's en voor jezelf.");

    /** The starter items, as new items of an organisation; each with instructions in short steps. */
    static List<CatalogueItem> items(Instant now) {
        return List.of(
                own(now, WORKPLACE_ASSIGNMENT, "Vraag een collega om uitleg",
                        "Kies vandaag één taak die je nog lastig vindt. Vraag een collega: \"Wil je laten zien hoe jij dit doet?\" "
                                + "Kijk goed mee. Doe het daarna zelf. Vertel je begeleider wat je hebt geleerd.",
                        ADVIES, "A", 30, steps(
                                "Kies één taak die je nog lastig vindt.",
                                "Zoek een collega die deze taak goed kan.",
                                "Vraag: \"Wil je laten zien hoe jij dit doet?\"",
                                "Kijk goed mee. Vraag wat je niet snapt.",
                                "Doe de taak daarna zelf.",
                                "Vertel je begeleider wat je hebt geleerd."), DOING),
                own(now, CONVERSATION, "Gesprek met je begeleider: wie kan mij helpen?",
                        "Maak samen met je begeleider een lijstje. Bij wie kun je terecht met welke vraag? "
                                + "Denk aan je leidinggevende, een ervaren collega en de mensen van de planning.",
                        ADVIES, "AB", 20, steps(
                                "Spreek een moment af met je begeleider.",
                                "Schrijf samen de namen op van mensen op je werk.",
                                "Zet bij elke naam waarvoor je bij die persoon terecht kunt.",
                                "Denk aan je leidinggevende, een ervaren collega en de planning.",
                                "Bewaar het lijstje, bijvoorbeeld als foto op je telefoon."), FEELING, THINKING),
                own(now, VIDEO, "Zo vraag je om hulp op je werk",
                        "Er is nog geen video bij. De uitleg staat hier in korte stappen: lees ze of laat ze voorlezen. "
                                + "Je begeleider kan een eigen filmpje toevoegen.",
                        ADVIES, "A", 5, steps(
                                "Merk het op: je weet niet hoe iets moet, of je twijfelt.",
                                "Stop even. Gok niet.",
                                "Kies een goed moment: je collega is niet druk bezig.",
                                "Zeg wat je wilt weten: \"Hoe moet ik dit doen?\"",
                                "Luister en kijk goed. Zeg het in je eigen woorden terug.",
                                "Zeg dank je wel. Zo vraagt Mo het ook."), WATCHING),
                own(now, WORKPLACE_ASSIGNMENT, "Overdracht aan het eind van je dienst",
                        "Vertel aan het eind van je dienst aan een collega wat af is en wat nog moet. "
                                + "Gebruik het briefje met drie vragen: wat is klaar, wat moet nog, waar moet je op letten?",
                        AFSTEMMEN, "B", 15, steps(
                                "Kijk vlak voor het eind van je dienst wat je hebt gedaan.",
                                "Wat is klaar? Schrijf het op of onthoud het.",
                                "Wat moet nog? Schrijf het op of onthoud het.",
                                "Waar moet je collega op letten?",
                                "Vertel het aan je collega die na jou komt.",
                                "Vraag: \"Is alles duidelijk?\""), DOING),
                own(now, CONVERSATION, "Dagstart met je team",
                        "Doe mee met de dagstart. Luister wie wat doet vandaag. Zeg zelf ook wat jij gaat doen "
                                + "en vraag wie je nodig hebt.",
                        AFSTEMMEN, "AB", 10, steps(
                                "Wees op tijd bij de dagstart.",
                                "Luister wie wat doet vandaag.",
                                "Zeg wat jij vandaag gaat doen.",
                                "Zeg wie of wat je nodig hebt.",
                                "Weet je iets niet zeker? Vraag het meteen."), FEELING, DOING),
                own(now, WORKPLACE_ASSIGNMENT, "Werk stap voor stap volgens de werkinstructie",
                        "Pak de werkinstructie van je taak erbij. Doe elke stap in de goede volgorde en zet een vinkje "
                                + "als een stap klaar is. Snap je een stap niet? Vraag het meteen.",
                        INSTRUCTIES, "A", 30, steps(
                                "Pak de werkinstructie van je taak.",
                                "Lees de eerste stap. Doe die stap.",
                                "Zet een vinkje als de stap klaar is.",
                                "Ga door met de volgende stap, in de goede volgorde.",
                                "Snap je een stap niet? Stop en vraag het meteen.",
                                "Klaar? Kijk nog één keer of alle stappen een vinkje hebben."), DOING),
                own(now, LMS_ACTIVITY, "Quiz: begrijp je de werkinstructie?",
                        "Een korte quiz: je leest een werkinstructie en beantwoordt vijf vragen voor jezelf. "
                                + "Je mag de quiz zo vaak doen als je wilt.",
                        INSTRUCTIES, "B", 15, steps(
                                "Pak een werkinstructie van je eigen werk.",
                                "Vraag 1: wat is het doel van deze taak?",
                                "Vraag 2: welke spullen heb je nodig?",
                                "Vraag 3: wat is de eerste stap?",
                                "Vraag 4: waar moet je extra op letten?",
                                "Vraag 5: wat doe je als het misgaat?",
                                "Weet je een antwoord niet? Lees de instructie nog eens of vraag het je begeleider."), THINKING),
                external(now, ONLINE_LESSON, "Oefenen met lezen op het werk",
                        "Oefen op Oefenen.nl met het lezen van korte teksten, zoals briefjes en instructies. "
                                + "Je kunt het in je eigen tempo doen, ook thuis.",
                        INSTRUCTIES, "A", 20, "Oefenen.nl", "https://www.oefenen.nl/", steps(
                                "Tik op Begin. De website Oefenen.nl gaat open.",
                                "Kies een programma om te oefenen met lezen.",
                                "Oefen 20 minuten, in je eigen tempo.",
                                "Kom terug in Groeipad en tik op Klaar."), THINKING, WATCHING),
                own(now, OFFLINE_TRAINING, "Training: veilig werken in de werkplaats",
                        "Training van een dagdeel met de preventiemedewerker. Je leert welke beschermingsmiddelen je "
                                + "draagt, hoe je veilig tilt en wat je doet bij een ongeluk.",
                        VEILIG, "ABC", 180, steps(
                                "Vraag je begeleider wanneer en waar de training is.",
                                "Neem je werkkleding en werkschoenen mee.",
                                "Luister en doe mee met de oefeningen.",
                                "Vraag wat je niet snapt.",
                                "Vertel je begeleider na afloop één ding dat je hebt geleerd."), WATCHING, DOING),
                own(now, WORKPLACE_ASSIGNMENT, "Veiligheidsronde: zie jij de gevaren?",
                        "Loop met je begeleider een ronde door je werkplek. Wijs drie dingen aan die gevaarlijk kunnen zijn. "
                                + "Bedenk samen wat je eraan doet.",
                        VEILIG, "B", 20, steps(
                                "Loop samen met je begeleider door je werkplek.",
                                "Kijk goed om je heen: wat kan gevaarlijk zijn?",
                                "Wijs drie gevaren aan. Maak er een foto van als dat mag.",
                                "Bedenk samen wat je aan elk gevaar doet.",
                                "Doe het, of zeg het tegen je leidinggevende."), WATCHING, DOING),
                own(now, WORKPLACE_ASSIGNMENT, "Controleer je werk met de checklist",
                        "Controleer je werk met de checklist voordat je het afgeeft. Klopt alles? Zet een vinkje. "
                                + "Klopt iets niet? Verbeter het eerst.",
                        KWALITEIT, "BC", 15, steps(
                                "Pak de checklist van je werk.",
                                "Kijk je werk na, punt voor punt.",
                                "Klopt het? Zet een vinkje.",
                                "Klopt iets niet? Verbeter het eerst.",
                                "Alles goed? Geef je werk dan af."), DOING, THINKING),
                own(now, VIDEO, "Goed is goed: kwaliteit in je werk",
                        "Er is nog geen video bij. De uitleg staat hier in korte stappen: lees ze of laat ze voorlezen. "
                                + "Je begeleider kan een eigen filmpje toevoegen.",
                        KWALITEIT, "A", 6, steps(
                                "Goed werk is werk dat klopt: de klant krijgt wat hij vroeg.",
                                "Goed werk helpt je collega's: zij hoeven het niet over te doen.",
                                "Goed werk helpt jou: je kunt trots zijn op wat je maakte.",
                                "Kijk naar je werk van vandaag: wat ging goed?",
                                "Wat kan nog beter? Vertel het je begeleider."), WATCHING),
                own(now, CONVERSATION, "Terugkijken op je week",
                        "Praat aan het eind van de week met je begeleider. Wat ging goed? Wat was lastig? "
                                + "Wat wil je volgende week anders doen?",
                        REFLECTEREN, "ABC", 20, steps(
                                "Spreek aan het eind van de week een moment af met je begeleider.",
                                "Vertel: wat ging goed deze week?",
                                "Vertel: wat was lastig?",
                                "Bedenk samen: wat doe je volgende week anders?",
                                "Schrijf het op in Groeipad bij deze taak."), FEELING, THINKING),
                own(now, WORKPLACE_ASSIGNMENT, "Werkdagboek: wat ging er vandaag goed?",
                        "Schrijf of spreek elke dag één zin in: wat ging goed en wat heb je geleerd? "
                                + "Neem je werkdagboek mee naar het gesprek met je begeleider.",
                        REFLECTEREN, "B", 5, steps(
                                "Neem aan het eind van je werkdag 5 minuten.",
                                "Denk na: wat ging er vandaag goed?",
                                "Schrijf of spreek één zin in.",
                                "Neem je werkdagboek mee naar het gesprek met je begeleider."), THINKING),
                own(now, WORKPLACE_ASSIGNMENT, "Plan je reis naar je werk",
                        "Zoek uit hoe laat je van huis moet vertrekken om op tijd te zijn. Denk aan de bus, "
                                + "de fiets en een beetje extra tijd. Zet een wekker.",
                        OP_TIJD, "A", 20, steps(
                                "Kijk hoe laat je op je werk moet zijn.",
                                "Zoek uit hoe lang je reis duurt: met de bus, de fiets of lopend.",
                                "Tel er 10 minuten extra bij.",
                                "Reken uit hoe laat je van huis moet vertrekken.",
                                "Zet een wekker op je telefoon."), THINKING, DOING),
                own(now, CONVERSATION, "Oefengesprek: bellen als je ziek bent",
                        "Oefen met je begeleider hoe je belt als je ziek bent of later komt. Wie bel je, "
                                + "hoe laat, en wat zeg je?",
                        OP_TIJD, "AB", 15, steps(
                                "Zoek op wie je moet bellen als je ziek bent of later komt.",
                                "Zet het nummer in je telefoon.",
                                "Vraag hoe laat je uiterlijk moet bellen.",
                                "Oefen het gesprek met je begeleider: zeg wie je bent en wat er is.",
                                "Zeg ook wanneer je denkt weer te komen."), DOING, FEELING),
                external(now, ONLINE_LESSON, "Uitleg in makkelijke taal: je ziek melden",
                        "Korte uitleg in makkelijke taal over je ziek melden en beter melden bij je werk.",
                        OP_TIJD, "A", 10, "Steffie", "https://www.steffie.nl/", steps(
                                "Tik op Begin. De website van Steffie gaat open.",
                                "Zoek de uitleg over werk en je ziek melden.",
                                "Luister naar Steffie of lees mee.",
                                "Kom terug in Groeipad en tik op Klaar."), WATCHING),
                own(now, OFFLINE_TRAINING, "Training: duidelijk praten en goed luisteren",
                        "Training in een kleine groep. Je oefent hoe je iets duidelijk vertelt, hoe je goed luistert "
                                + "en hoe je nagaat of je het goed hebt begrepen.",
                        COMMUNICEREN, "BC", 120, steps(
                                "Vraag je begeleider wanneer en waar de training is.",
                                "Doe mee met de oefeningen in de groep.",
                                "Oefen: vertel iets kort en duidelijk.",
                                "Oefen: luister en zeg terug wat je hoorde.",
                                "Vertel je begeleider wat je de volgende keer op je werk doet."), DOING, FEELING),
                own(now, WORKPLACE_ASSIGNMENT, "Vraag het na: heb ik het goed begrepen?",
                        "Krijg je een opdracht? Zeg in je eigen woorden wat je gaat doen. "
                                + "Vraag dan: \"Heb ik het zo goed begrepen?\"",
                        COMMUNICEREN, "A", 10, steps(
                                "Luister goed naar de opdracht die je krijgt.",
                                "Zeg in je eigen woorden wat je gaat doen.",
                                "Vraag: \"Heb ik het zo goed begrepen?\"",
                                "Klopt het niet? Luister opnieuw en vraag het nog eens."), DOING),
                external(now, ONLINE_LESSON, "Oefenen met werknemersvaardigheden op WERK-portal",
                        "Online opdrachten over samenwerken en communiceren op je werk, met filmpjes en vragen.",
                        COMMUNICEREN, "B", 30, "WERK-portal", "https://www.werk-portal.nl/", steps(
                                "Tik op Begin. De website WERK-portal gaat open.",
                                "Kies een opdracht over samenwerken of communiceren.",
                                "Bekijk het filmpje en beantwoord de vragen.",
                                "Kom terug in Groeipad en tik op Klaar."), WATCHING, THINKING));
    }

    private static List<String> steps(String... steps) {
        return List.of(steps);
    }

    private static CatalogueItem own(Instant now, ItemKind kind, String title, String description, CompetencyRef competency,
                                     String levels, int minutes, List<String> steps, LearningStyle... styles) {
        return CatalogueItem.create(content(kind, title, description, competency, levels, minutes, null, steps, styles),
                ItemSource.OWN, null, null, now);
    }

    private static CatalogueItem external(Instant now, ItemKind kind, String title, String description, CompetencyRef competency,
                                          String levels, int minutes, String site, String url, List<String> steps,
                                          LearningStyle... styles) {
        return CatalogueItem.create(content(kind, title, description, competency, levels, minutes, url, steps, styles),
                ItemSource.EXTERNAL, site, null, now);
    }

    private static ItemContent content(ItemKind kind, String title, String description, CompetencyRef competency,
                                       String levels, int minutes, String url, List<String> steps, LearningStyle... styles) {
        return new ItemContent(title, description, kind, url, competency, Levels.ofCode(levels),
                LearningStyles.of(styles), minutes, "nl", steps);
    }
}
