package nl.groeipad.competency.control;

import java.util.List;

/** What a coach or admin asks when writing a framework draft. Texts are checked by the framework itself. */
public final class Commands {

    private Commands() {
    }

    /**
     * A new framework, or new words for one; a null scale keeps it (new: the default scale).
     *
     * @param observationPeriodDays the days an observation on this version runs by default; null keeps the
     *                              version's period (a new framework: 21 days)
     */
    public record DescribeFramework(String title, String description, String language, List<String> scale,
                                    Integer observationPeriodDays) {
    }

    public record WriteGroup(String title, String code, String parentKey) {
    }

    public record WriteCompetency(String title, String description, String code, String groupKey) {
    }

    public record WriteIndicator(String description, String code, String levelA, String levelB, String levelC) {
    }
}
