package nl.groeipad.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as 400 problems with per-field errors. A mapper of its own because JAX-RS
 * implementations bring a mapper for validation exceptions that is more specific than {@link ProblemMappers}.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException violations) {
        var mappers = new ProblemMappers();
        mappers.headers = headers;
        mappers.uriInfo = uriInfo;
        return mappers.toResponse(violations);
    }
}
