package nl.groeipad.competency.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.groeipad.competency.control.Commands;
import nl.groeipad.competency.entity.Framework;

/** The JSON bodies of {@code /api/v1/frameworks}, checked at the edge; the framework checks the rest. */
public final class FrameworkRequests {

    private FrameworkRequests() {
    }

    public record FrameworkRequest(
            @NotBlank(message = "{framework.title.required}")
            @Size(max = 300, message = "{text.max}") String title,
            @Size(max = 20000, message = "{text.max}") String description,
            @Size(max = 16, message = "{language.code}") String language,
            @Size(min = 5, max = 5, message = "{framework.scale.size}") List<@NotNull(message = "{list.item.required}") String> scale,
            @Min(value = Framework.MIN_OBSERVATION_PERIOD_DAYS, message = "{framework.observationPeriod.range}")
            @Max(value = Framework.MAX_OBSERVATION_PERIOD_DAYS, message = "{framework.observationPeriod.range}")
            Integer observationPeriodDays) {
        Commands.DescribeFramework command() {
            return new Commands.DescribeFramework(title, description, language, scale, observationPeriodDays);
        }
    }

    public record GroupRequest(
            @NotBlank(message = "{framework.group.title.required}")
            @Size(max = 300, message = "{text.max}") String title,
            @Size(max = 200, message = "{text.max}") String code,
            String parentKey) {
        Commands.WriteGroup command() {
            return new Commands.WriteGroup(title, code, parentKey);
        }
    }

    public record CompetencyRequest(
            @NotBlank(message = "{framework.competency.title.required}")
            @Size(max = 300, message = "{text.max}") String title,
            @Size(max = 10000, message = "{text.max}") String description,
            @Size(max = 200, message = "{text.max}") String code,
            String groupKey) {
        Commands.WriteCompetency command() {
            return new Commands.WriteCompetency(title, description, code, groupKey);
        }
    }

    public record IndicatorRequest(
            @NotBlank(message = "{framework.indicator.description.required}")
            @Size(max = 5000, message = "{text.max}") String description,
            @Size(max = 200, message = "{text.max}") String code,
            @Size(max = 2000, message = "{text.max}") String levelA,
            @Size(max = 2000, message = "{text.max}") String levelB,
            @Size(max = 2000, message = "{text.max}") String levelC) {
        Commands.WriteIndicator command() {
            return new Commands.WriteIndicator(description, code, levelA, levelB, levelC);
        }
    }

    public record PositionRequest(@Min(value = 0, message = "{position.min}") int position) {
    }
}
