package nl.groeipad.route.entity;

import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/** The checks on what a coach writes in a route, with messages a coach understands. */
public final class RouteRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    private RouteRules() {
    }

    static String title(String field, String value) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidField(field, new Text("Vul een titel in.", "Enter a title."));
        }
        if (stripped.length() > TITLE_MAX) {
            throw new InvalidField(field, new Text("De titel is te lang: hoogstens " + TITLE_MAX + " tekens.",
                    "The title is too long: at most " + TITLE_MAX + " characters."));
        }
        return stripped;
    }

    static String description(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > DESCRIPTION_MAX) {
            throw new InvalidField(field, new Text("Deze tekst is te lang: hoogstens " + DESCRIPTION_MAX + " tekens.",
                    "This text is too long: at most " + DESCRIPTION_MAX + " characters."));
        }
        return stripped;
    }

    /** A development level A, B or C; anything else is refused naming the field. */
    public static Level level(String field, String value) {
        if (value == null || value.strip().length() != 1) {
            throw invalidLevel(field);
        }
        return Level.parse(value).orElseThrow(() -> invalidLevel(field));
    }

    static Level level(String field, Level value) {
        if (value == null) {
            throw invalidLevel(field);
        }
        return value;
    }

    private static InvalidField invalidLevel(String field) {
        return new InvalidField(field, new Text("Kies niveau A, B of C.", "Choose level A, B or C."));
    }

    static InvalidField notInFramework(String field) {
        return new InvalidField(field, new Text("Deze competentie hoort niet bij het raamwerk van deze route.",
                "This competency does not belong to the framework of this route."));
    }

    static Conflict alreadyLinked() {
        return new Conflict("item-already-linked", new Text("Dit leermateriaal hoort al bij deze stap.",
                "This material already belongs to this step."));
    }

    static InvalidField notAWorkplaceAssignment() {
        return new InvalidField("suggested", new Text(
                "Alleen een werkplekopdracht kan een voorgestelde werkplekopdracht zijn.",
                "Only a workplace assignment can be a suggested workplace assignment."));
    }

    static Conflict notATemplate() {
        return new Conflict("route-not-a-template", new Text("Alleen van een sjabloon maak je een eigen route.",
                "Only a template can be copied into a personal route."));
    }
}
