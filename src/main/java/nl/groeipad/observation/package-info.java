/**
 * Workplace observation (observatie): a coach of the course observes a participant against the behavioural
 * indicators of competencies of a published framework version at a level A/B/C, in at least two named work
 * situations over an observation period, and concludes per competency whether the level was reached.
 *
 * <p>Published to other features: the CDI event {@link nl.groeipad.observation.entity.ObservationConcluded} with
 * its {@link nl.groeipad.observation.entity.CompetencyResult}s (for the LMS gradebook). See docs/observation.md.
 */
package nl.groeipad.observation;
