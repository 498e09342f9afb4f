package nl.groeipad.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.lti.control.ToolConfiguration;
import nl.groeipad.lti.control.ToolKeyRing;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.platform.boundary.OperatorOnly;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Operator calls about the tool itself: its endpoints for manual registration, and key rotation. */
@Path("v1/admin")
@RequestScoped
@OperatorOnly
@SecurityRequirement(name = "admin")
public class AdminKeysResource {

    @Inject
    ToolKeyRing keys;

    @Inject
    ToolConfiguration configuration;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uriInfo;

    public record Rotated(String signingKid) {
    }

    @POST
    @Path("keys/rotation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate the tool keys: the published next key starts signing; the old key stays published until its signatures expire")
    public Rotated rotate() {
        return new Rotated(keys.rotate());
    }

    @GET
    @Path("tool-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The values to paste into an LMS for manual registration")
    public ToolConfiguration.Endpoints toolConfiguration() {
        return configuration.endpoints(urls.base(uriInfo.getRequestUri()));
    }
}
