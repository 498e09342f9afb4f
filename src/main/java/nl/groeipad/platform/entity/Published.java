package nl.groeipad.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value type of a feature's {@code entity} package that other features may use: in the arguments and answers
 * of its control beans, and in their own code. Only immutable records and enums are published; aggregates and
 * other internals stay inside their feature, so changing them touches one package. {@code ArchitectureTest}
 * enforces both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Published {
}
