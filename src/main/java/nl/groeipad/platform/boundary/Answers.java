package nl.groeipad.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The "201 Created" answers of the API in one place, so a resource method is one call to its control bean and one
 * answer: the entity as JSON (a versioned one gets its {@code ETag} from {@link EntityTags}), with the
 * {@code Location} of what was made when it has an address of its own.
 */
public final class Answers {

    private Answers() {
    }

    /** 201 with {@code Location: location}. */
    public static Response createdAt(URI location, Object entity) {
        return Response.created(location).entity(entity).type(MediaType.APPLICATION_JSON).build();
    }

    /** 201 with {@code Location} the request's own path followed by {@code /id}: the new member of a collection. */
    public static Response createdBelow(UriInfo request, String id, Object entity) {
        return createdAt(request.getAbsolutePathBuilder().path(id).build(), entity);
    }

    /** 201 without {@code Location}: an append (a score, an outcome) answered with what was stored. */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).type(MediaType.APPLICATION_JSON).build();
    }
}
