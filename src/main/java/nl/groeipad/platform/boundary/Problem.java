package nl.groeipad.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} URIs are stable: {@code https://groeipad.nl/problems/<name>}.
 * {@code errors} lists per-field messages for invalid requests; {@code correlationId} ties a 500 to its log line.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://groeipad.nl/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, correlationId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, correlationId);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    /** The response with one extra header, such as {@code Retry-After}. */
    public Response toResponseWith(String header, String value) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).header(header, value).entity(this).build();
    }
}
