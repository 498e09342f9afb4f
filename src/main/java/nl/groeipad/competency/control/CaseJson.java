package nl.groeipad.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import nl.groeipad.platform.entity.Text;

/** Small JSON helpers for CASE packages (JSON-P, so unknown fields and their order survive). */
final class CaseJson {

    /**
     * The JSON-P provider, looked up once: every {@code Json.createXxx} call looks it up anew through the
     * ServiceLoader, which made building a large package take seconds per thousand items.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private CaseJson() {
    }

    static JsonStructure parse(String json, String field) {
        return parse(() -> JSON.createReader(new StringReader(json == null ? "" : json)), field);
    }

    /** Parses JSON as it is read (its encoding, UTF-8 or UTF-16/32, detected from the first bytes). */
    static JsonStructure parse(InputStream json, String field) {
        return parse(() -> JSON.createReader(json), field); // the reader looks at the first bytes already
    }

    private static JsonStructure parse(Supplier<JsonReader> open, String field) {
        try (var reader = open.get()) {
            return reader.read();
        } catch (TooLarge e) {
            throw e;
        } catch (JsonParsingException e) {
            var where = e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNumber() + ", kolom "
                    + e.getLocation().getColumnNumber() + ")";
            var whereEn = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            throw new InvalidField(field, new Text("Dit is geen geldige JSON" + where + ".", "This is not valid JSON" + whereEn + "."));
        } catch (RuntimeException e) {
            throw new InvalidField(field, new Text("Dit is geen geldige JSON.", "This is not valid JSON."));
        }
    }

    static JsonObject object(String json) {
        return json == null ? JsonValue.EMPTY_JSON_OBJECT : (JsonObject) parse(json, "json");
    }

    static Optional<String> string(JsonObject object, String name) {
        var value = object.get(name);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    /** The identifier of a LinkURI / LinkGenURI member (an object with "identifier"), if there is one. */
    static Optional<String> linkIdentifier(JsonObject object, String name) {
        var value = object.get(name);
        return value instanceof JsonObject link ? string(link, "identifier") : Optional.empty();
    }

    static Optional<Integer> integer(JsonObject object, String name) {
        var value = object.get(name);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return Optional.of(n.intValue());
        }
        if (value instanceof JsonString s && s.getString().strip().matches("-?\\d{1,9}")) {
            return Optional.of(Integer.parseInt(s.getString().strip()));
        }
        return Optional.empty();
    }

    /**
     * Brings a package into the shape the CASE 1.0 JSON Schema asks, without changing what it says: members
     * whose value is null are left out (absent and null mean the same in CASE), a sequenceNumber written as
     * a string becomes the integer it is, and a lastChangeDateTime without a UTC offset is read as UTC.
     */
    static JsonValue normalize(JsonValue value) {
        return switch (value) {
            case JsonObject object -> {
                var builder = JSON.createObjectBuilder();
                object.forEach((name, member) -> {
                    if (member.getValueType() == JsonValue.ValueType.NULL) {
                        return;
                    }
                    if ("sequenceNumber".equals(name) && integer(object, name).isPresent()) {
                        builder.add(name, integer(object, name).get());
                    } else if (name.endsWith("DateTime") && member instanceof JsonString s) {
                        builder.add(name, dateTime(s.getString()));
                    } else {
                        builder.add(name, normalize(member));
                    }
                });
                yield builder.build();
            }
            case JsonArray array -> {
                var builder = JSON.createArrayBuilder();
                array.forEach(element -> builder.add(normalize(element)));
                yield builder.build();
            }
            default -> value;
        };
    }

    /** An RFC 3339 date-time as CASE requires; a local date-time (no offset) is read as UTC. */
    static String dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
                return text + "Z";
            } catch (DateTimeParseException notLocal) {
                return text;
            }
        }
    }

    /** A stable identifier derived from a name: the same framework always exports the same rubric identifiers. */
    static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(("groeipad:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static JsonObject link(String title, String identifier, String uri) {
        return JSON.createObjectBuilder().add("title", title == null || title.isBlank() ? identifier : clip(title, 200))
                .add("identifier", identifier).add("uri", uri).build();
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
