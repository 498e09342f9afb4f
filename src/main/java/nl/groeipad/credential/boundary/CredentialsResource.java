package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.groeipad.credential.boundary.CredentialRequests.RevokeRequest;
import nl.groeipad.credential.control.CredentialViews.CredentialView;
import nl.groeipad.credential.control.Credentials;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.entity.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One credential by id, for its participant and the coach of its course: read, PDF, revoke. */
@Path("v1/credentials")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class CredentialsResource {

    @Inject
    CurrentSession session;

    @Inject
    Credentials credentials;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A certificate or registered proof (its participant, the coach of its course)")
    public CredentialView credential(@PathParam("id") String id) {
        return credentials.credential(session.require(), id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as PDF, in Dutch or with ?lang=en in English")
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
        var current = session.require();
        var language = lang == null || lang.isBlank() ? current.language() : Language.of(lang).code();
        var bytes = credentials.pdf(current, id, language);
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificaat.pdf\"").build();
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate {reason} (the coach of its course); once, then 409 already-revoked")
    public CredentialView revoke(@PathParam("id") String id,
                                 @NotNull(message = CredentialRequests.NO_BODY) @Valid RevokeRequest request) {
        return credentials.revoke(session.require(), id, request.reason());
    }
}
