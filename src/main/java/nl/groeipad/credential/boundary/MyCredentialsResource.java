package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.credential.boundary.CredentialRequests.RegisterRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.groeipad.credential.control.CredentialViews.CredentialView;
import nl.groeipad.credential.control.Credentials;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Mijn diploma's en bewijzen": the participant's own certificates and registered proof. */
@Path("v1/me/credentials")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class MyCredentialsResource {

    @Inject
    CurrentSession session;

    @Inject
    Credentials credentials;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's certificates and registered proof, newest first (participants)")
    public List<CredentialView> mine() {
        return credentials.mine(session.require());
    }

    @POST
    @Path("registered")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register one's own proof obtained elsewhere (participant); same body as the coach's; 201")
    public Response register(@NotNull(message = CredentialRequests.NO_BODY) @Valid RegisterRequest request) {
        var registered = credentials.registerMine(session.require(), request.proof());
        var location = uriInfo.getBaseUriBuilder().path(CredentialsResource.class).path(registered.id()).build();
        return Response.created(location).entity(registered).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{id}/celebration")
    @Operation(summary = "The participant has seen the celebration of this certificate (204; again changes nothing)")
    public Response celebrated(@PathParam("id") String id) {
        credentials.celebrated(session.require(), id);
        return Response.noContent().build();
    }
}
