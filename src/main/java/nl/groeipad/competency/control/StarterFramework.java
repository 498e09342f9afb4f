package nl.groeipad.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import nl.groeipad.competency.entity.CaseOrigin;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.LevelTexts;
import nl.groeipad.competency.entity.ScaleLabels;

/**
 * The demo framework "Werknemersvaardigheden (WPO-stijl)" that ships with Groeipad as a resource in
 * Groeipad's own small JSON format ({@code frameworks/werknemersvaardigheden-wpo.json}): groups with
 * competencies, each with behavioural indicators and their A/B/C texts, and the scale labels. Its keys are
 * fixed, so the demo competencies have the same keys in every tenant (demo routes and catalogue items can
 * refer to them).
 */
public final class StarterFramework {

    public static final String RESOURCE = "/frameworks/werknemersvaardigheden-wpo.json";

    private StarterFramework() {
    }

    private static final class Definition {
        static final JsonObject VALUE = load();
    }

    /** The key of the demo framework in every tenant. */
    public static String key() {
        return definition().getString("key");
    }

    /** The demo framework as published version 1. */
    public static Framework publishedVersion(Instant now) {
        var framework = read(definition(), now);
        framework.publish(now);
        return framework;
    }

    static JsonObject definition() {
        return Definition.VALUE;
    }

    private static JsonObject load() {
        try (InputStream in = StarterFramework.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (var reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Framework read(JsonObject definition, Instant now) {
        var scale = new ScaleLabels(definition.getJsonArray("scale").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        var framework = new Framework(definition.getString("key"), 1, definition.getString("title"),
                definition.getString("description", null), definition.getString("language", "nl"), scale,
                FrameworkSource.DEMO, now, null);
        for (var group : definition.getJsonArray("groups").getValuesAs(JsonObject.class)) {
            var g = framework.addGroup(null, group.getString("code", null), group.getString("title"),
                    CaseOrigin.withKey(group.getString("key")), now);
            addCompetencies(framework, g.key(), group.getJsonArray("competencies").getValuesAs(JsonObject.class), now);
        }
        if (definition.containsKey("competencies")) {
            addCompetencies(framework, null, definition.getJsonArray("competencies").getValuesAs(JsonObject.class), now);
        }
        return framework;
    }

    private static void addCompetencies(Framework framework, String groupKey, List<JsonObject> competencies, Instant now) {
        for (var competency : competencies) {
            var c = framework.addCompetency(groupKey, competency.getString("code", null), competency.getString("title"),
                    competency.getString("description", null), CaseOrigin.withKey(competency.getString("key")), now);
            for (var indicator : competency.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
                var levels = indicator.getJsonObject("levels");
                framework.addIndicator(c.id(), indicator.getString("code", null), indicator.getString("description"),
                        new LevelTexts(levels.getString("A", null), levels.getString("B", null), levels.getString("C", null)),
                        CaseOrigin.withKey(indicator.getString("key")), now);
            }
        }
    }
}
