package nl.groeipad.platform.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class as the operator's: only the admin secret ({@code X-Admin-Secret}) opens it, never a
 * session token. The {@link AdminSecretFilter} is bound to these resources by JAX-RS itself (a name binding),
 * and the session filter leaves exactly these alone; neither looks at the request path, so no spelling of a
 * path can move a request from one side to the other.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OperatorOnly {
}
