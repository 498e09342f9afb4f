package nl.groeipad.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Views of CASE packages that tests compare: items by identifier, isChildOf pairs, all associations. */
public final class CaseComparison {

    private CaseComparison() {
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A package as the schema wants it (null members left out, sequenceNumber as integer, UTC offsets). */
    public static JsonObject normalized(String json) {
        return (JsonObject) CaseJson.normalize(parse(json));
    }

    public static Map<String, JsonObject> items(JsonObject pkg) {
        return pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getString("identifier"), Function.identity()));
    }

    public static Set<String> childOf(JsonObject pkg) {
        return pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .filter(a -> "isChildOf".equals(a.getString("associationType")))
                .map(a -> a.getJsonObject("originNodeURI").getString("identifier") + " -> "
                        + a.getJsonObject("destinationNodeURI").getString("identifier"))
                .collect(Collectors.toSet());
    }

    /** Every association with all its fields, by identifier. */
    public static Map<String, JsonObject> associations(JsonObject pkg) {
        var byId = new HashMap<String, JsonObject>();
        pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).forEach(a -> byId.put(a.getString("identifier"), a));
        return byId;
    }
}
