package nl.groeipad.catalogue.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.groeipad.catalogue.control.Catalogue.ItemCommand;
import nl.groeipad.catalogue.entity.CompetencyRef;
import nl.groeipad.catalogue.entity.ItemContent;
import nl.groeipad.catalogue.entity.ItemKind;
import nl.groeipad.catalogue.entity.ItemSource;
import nl.groeipad.catalogue.entity.LearningStyles;
import nl.groeipad.catalogue.entity.Levels;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * A catalogue item as a coach writes it (create and revise). Codes: kind {@code online-lesson, lms-activity,
 * video, workplace-assignment, offline-training, conversation}; levels {@code A, B, C}; learning styles
 * {@code doing, watching, thinking, feeling}; source {@code own} (default) or {@code external}; {@code instructions}:
 * optional short steps (at most 12) a participant follows when starting the material from a task.
 */
public record ItemRequest(
        @NotBlank(message = "{catalogue.title.required}")
        @Size(max = 200, message = "{title.max}")
        String title,
        @Size(max = 4000, message = "{description.max}")
        String description,
        @NotBlank(message = "{catalogue.kind.required}")
        String kind,
        String url,
        String competencyKey,
        String competencyTitle,
        List<@NotNull(message = "{list.item.required}") String> levels,
        List<@NotNull(message = "{list.item.required}") String> learningStyles,
        Integer durationMinutes,
        String language,
        String source,
        String sourceName,
        @Size(max = 12, message = "{catalogue.instructions.max}")
        List<String> instructions) {

    ItemCommand toCommand() {
        var itemKind = ItemKind.byCode(kind).orElseThrow(() -> new InvalidField("kind", new Text(
                "Dit soort leermateriaal kennen we niet.", "Unknown kind of material.")));
        var itemSource = source == null || source.isBlank() ? ItemSource.OWN : ItemSource.byCode(source)
                .orElseThrow(() -> new InvalidField("source", new Text("Kies eigen leermateriaal of een externe site.",
                        "Choose own material or an external site.")));
        var content = new ItemContent(title, description, itemKind, url, new CompetencyRef(competencyKey, competencyTitle),
                Levels.parse(levels), LearningStyles.parse(learningStyles), durationMinutes,
                language == null || language.isBlank() ? "nl" : language, instructions);
        return new ItemCommand(content, itemSource, sourceName);
    }
}
