package nl.groeipad.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity of a feature that deliberately belongs to no tenant: a table that every organisation may
 * read, such as the catalogue items one organisation has chosen to share with the others. Everything else a
 * feature stores is tenant-owned and {@code @Multitenant}; the architecture test allows exactly the entities
 * carrying this marker as exceptions, so each cross-tenant channel is visible and reviewed.
 *
 * <p>Such an entity holds only what its publisher chose to publish: never personal data and never a copy
 * of tenant-owned rows that the publisher did not explicitly release. The {@link #value() reason} says why
 * the table is global.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedAcrossTenants {

    /** Why this data is visible to every tenant. */
    String value();
}
