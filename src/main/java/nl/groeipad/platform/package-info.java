/**
 * Cross-cutting platform concerns: the data source and its Flyway-owned schema, the tenant-scoped
 * persistence mechanism, problem+json errors, the clock, configuration and health; and optimistic
 * concurrency for every feature: {@code Precondition} (If-Match, 428/412), {@code Versioned} representations
 * answered with an ETag ({@code EntityTags}), and {@code TenantData.findForChange}/{@code willChange} (one
 * writer per aggregate, its version raised once per change). See docs/concurrency.md.
 */
package nl.groeipad.platform;
