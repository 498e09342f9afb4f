package nl.groeipad.competency.control;

/** A competency found by its key, with the framework version it was found in. */
public record CompetencyInVersion(String frameworkVersionId, String frameworkKey, int version, String frameworkTitle,
                                  FrameworkDetails.CompetencyDetails competency) {
}
