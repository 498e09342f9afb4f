package nl.groeipad.credential.boundary;

import nl.groeipad.platform.boundary.Uploads;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.InputStream;
import nl.groeipad.credential.entity.Document;
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

    @PUT
    @Path("{id}/document")
    @Consumes({"application/pdf", "image/jpeg", "image/png", "application/octet-stream"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add the document of registered proof (PDF, JPEG or PNG of at most 5 MB, checked by its first "
            + "bytes): its participant or the coach of its course; once, then 409 document-exists")
    public CredentialView document(@PathParam("id") String id, InputStream body) throws IOException {
        // Read one byte past the limit, never more: the domain refuses what is too large.
        var bytes = Uploads.readAtMost(body, Document.MAX_BYTES);
        return credentials.addDocument(session.require(), id, bytes);
    }

    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "The document of registered proof (its participant, the coach of its course)")
    public Response document(@PathParam("id") String id) {
        var document = credentials.document(session.require(), id);
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"bewijs" + extension(document.mediaType()) + "\"")
                .build();
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case Document.PDF -> ".pdf";
            case Document.JPEG -> ".jpg";
            default -> ".png";
        };
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
