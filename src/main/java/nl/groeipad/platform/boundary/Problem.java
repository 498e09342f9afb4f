package nl.groeipad.platform.boundary;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} URIs are stable: {@code https://groeipad.nl/problems/<name>}.
 * {@code errors} lists per-field messages for invalid requests; {@code correlationId} ties a 500 to its log line.
 * A refused stale change ({@code stale-version}, 412) carries the extension members {@code currentVersion} and
 * {@code current}: the stored version and representation, also answered as {@code ETag}.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, String correlationId, Integer currentVersion, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://groeipad.nl/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, correlationId, currentVersion, current);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id, currentVersion, current);
    }

    /** The stored version and representation of an aggregate a stale change was refused on. */
    public Problem withCurrent(int version, Object representation) {
        return new Problem(type, title, status, detail, instance, errors, correlationId, version, representation);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, correlationId, currentVersion, current);
    }

    public Response toResponse() {
        var response = Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this);
        if (currentVersion != null) {
            response.tag(new EntityTag(currentVersion.toString()));
        }
        return response.build();
    }

    /** The response with one extra header, such as {@code Retry-After}. */
    public Response toResponseWith(String header, String value) {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).header(header, value).entity(this).build();
    }
}
