/**
 * People and courses as the LMS knows them: users keyed by (tenant, LMS {@code sub}), courses by
 * (tenant, context id), and who takes part in which course in which role — recorded with every launch.
 * Names and email are stored only when the platform sends them.
 */
package nl.groeipad.people;
