package nl.groeipad.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.groeipad.lti.control.ToolKeyRing;

/** {@code GET /lti/jwks}: the tool's public keys (RFC 7517), including the next key before it is used. */
@Path("jwks")
@RequestScoped
public class JwksResource {

    @Inject
    ToolKeyRing keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response keySet() {
        return Response.ok(keys.publicKeySet().toString(true), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "public, max-age=300").build();
    }
}
