package nl.groeipad.competency.entity;

import java.time.Instant;

/** Test fixtures: frameworks valid by default. */
public final class FrameworkFixtures {

    public static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private FrameworkFixtures() {
    }

    /** A draft with one group, one competency in it and one indicator with A/B/C texts. */
    public static Framework draftWithOneIndicator() {
        var framework = emptyDraft();
        var group = framework.addGroup(null, null, "Samen werken", CaseOrigin.none(), NOW);
        var competency = framework.addCompetency(group.key(), "1", "Advies vragen", "Je vraagt op tijd om hulp.",
                CaseOrigin.none(), NOW);
        framework.addIndicator(competency.id(), "1.1", "Vraagt op tijd om hulp.", levels(), CaseOrigin.none(), NOW);
        return framework;
    }

    public static Framework emptyDraft() {
        return new Framework(null, 1, "Werknemersvaardigheden", "Voor de test", "nl", ScaleLabels.DEFAULT,
                FrameworkSource.GROEIPAD, NOW, "coach-1");
    }

    public static Framework published() {
        var framework = draftWithOneIndicator();
        framework.publish(NOW);
        return framework;
    }

    public static LevelTexts levels() {
        return new LevelTexts("Zegt dat het niet lukt als de begeleider het vraagt.",
                "Meldt zelf binnen een kwartier dat het niet lukt.",
                "Vraagt zelf advies aan de juiste persoon, voordat het werk stil komt te liggen.");
    }
}
