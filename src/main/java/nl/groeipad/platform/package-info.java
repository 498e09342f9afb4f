/**
 * Cross-cutting platform concerns: the data source and its Flyway-owned schema, the tenant-scoped
 * persistence mechanism, problem+json errors, the clock, configuration and health.
 */
package nl.groeipad.platform;
