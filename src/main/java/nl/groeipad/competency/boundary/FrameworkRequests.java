package nl.groeipad.competency.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.groeipad.competency.control.Commands;

/** The JSON bodies of {@code /api/v1/frameworks}, checked at the edge; the framework checks the rest. */
public final class FrameworkRequests {

    private FrameworkRequests() {
    }

    public record FrameworkRequest(
            @NotBlank(message = "Geef het raamwerk een naam. / Give the framework a name.")
            @Size(max = 300, message = "Hoogstens 300 tekens. / At most 300 characters.") String title,
            @Size(max = 20000, message = "Hoogstens 20000 tekens. / At most 20000 characters.") String description,
            @Size(max = 16, message = "Een taalcode zoals nl of en. / A language code such as nl or en.") String language,
            @Size(min = 5, max = 5, message = "Een schaal heeft 5 woorden. / A scale has 5 labels.") List<String> scale) {
        Commands.DescribeFramework command() {
            return new Commands.DescribeFramework(title, description, language, scale);
        }
    }

    public record GroupRequest(
            @NotBlank(message = "Geef de groep een naam. / Give the group a name.")
            @Size(max = 300, message = "Hoogstens 300 tekens. / At most 300 characters.") String title,
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String code,
            String parentKey) {
        Commands.WriteGroup command() {
            return new Commands.WriteGroup(title, code, parentKey);
        }
    }

    public record CompetencyRequest(
            @NotBlank(message = "Geef de competentie een naam. / Give the competency a name.")
            @Size(max = 300, message = "Hoogstens 300 tekens. / At most 300 characters.") String title,
            @Size(max = 10000, message = "Hoogstens 10000 tekens. / At most 10000 characters.") String description,
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String code,
            String groupKey) {
        Commands.WriteCompetency command() {
            return new Commands.WriteCompetency(title, description, code, groupKey);
        }
    }

    public record IndicatorRequest(
            @NotBlank(message = "Beschrijf het gedrag dat je ziet. / Describe the behaviour you see.")
            @Size(max = 5000, message = "Hoogstens 5000 tekens. / At most 5000 characters.") String description,
            @Size(max = 200, message = "Hoogstens 200 tekens. / At most 200 characters.") String code,
            @Size(max = 2000, message = "Hoogstens 2000 tekens. / At most 2000 characters.") String levelA,
            @Size(max = 2000, message = "Hoogstens 2000 tekens. / At most 2000 characters.") String levelB,
            @Size(max = 2000, message = "Hoogstens 2000 tekens. / At most 2000 characters.") String levelC) {
        Commands.WriteIndicator command() {
            return new Commands.WriteIndicator(description, code, levelA, levelB, levelC);
        }
    }

    public record PositionRequest(@Min(value = 0, message = "Een plaats is 0 of meer. / A position is 0 or more.") int position) {
    }
}
