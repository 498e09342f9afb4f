package nl.groeipad.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import nl.groeipad.platform.entity.Versioned;

/**
 * Every successful answer that carries a versioned representation (a read, or the result of a change) says
 * its version as a strong {@code ETag: "<version>"}, which the client sends back in {@code If-Match} on its
 * next change. Contract 1 of the team: optimistic concurrency.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 200 && response.getStatus() < 300 && response.getEntity() instanceof Versioned versioned
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag(versioned.entityVersion()));
        }
    }

    /** The entity tag of a version: {@code "<version>"}. */
    public static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }
}
