package nl.groeipad.credential.boundary;

import nl.groeipad.platform.boundary.Uploads;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.groeipad.credential.boundary.CredentialRequests.BranchIssuerRequest;
import nl.groeipad.credential.control.BranchIssuers;
import nl.groeipad.credential.control.BranchIssuers.BranchIssuerView;
import nl.groeipad.credential.control.BranchIssuers.LogoView;
import nl.groeipad.credential.entity.LogoImage;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's branch issuers and its logo on certificates (admins only: a coach or participant hears 403,
 * another organisation's branch issuer is unknown, 404). Changes name the version shown (If-Match; 428 without,
 * 412 when stale). Logos are PNG or JPEG of at most 512 kB (413 beyond, 400 naming {@code logo} for anything else).
 */
@Path("v1/organisation")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class CredentialIssuersResource {

    static final String[] IMAGES = {"image/png", "image/jpeg", "application/octet-stream"};

    @Inject
    CurrentSession session;

    @Inject
    BranchIssuers issuers;

    @Inject
    PublicUrls publicUrls;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("credential-issuers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisation's branch issuers, with their public addresses and keys (admins)")
    public List<BranchIssuerView> list() {
        return issuers.list(session.require(), base());
    }

    @POST
    @Path("credential-issuers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a branch issuer {name, url (https)}; Groeipad makes its signing key (RS256); 201 (admins)")
    public Response create(@NotNull(message = CredentialRequests.NO_BODY) @Valid BranchIssuerRequest request) {
        var created = issuers.create(session.require(), request.name(), request.url(), base());
        var location = uriInfo.getBaseUriBuilder().path(CredentialIssuersResource.class).path("credential-issuers")
                .path(created.id()).build();
        return Response.created(location).entity(created).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("credential-issuers/{issuerId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One branch issuer (admins); its version is the ETag")
    public BranchIssuerView get(@PathParam("issuerId") String issuerId) {
        return issuers.get(session.require(), issuerId, base());
    }

    @PUT
    @Path("credential-issuers/{issuerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a branch issuer's name and web address (admins); If-Match required")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public BranchIssuerView describe(@PathParam("issuerId") String issuerId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = CredentialRequests.NO_BODY) @Valid BranchIssuerRequest request) {
        return issuers.describe(session.require(), issuerId, Precondition.required(ifMatch), request.name(), request.url(),
                base());
    }

    @PUT
    @Path("credential-issuers/{issuerId}/logo")
    @Consumes({"image/png", "image/jpeg", "application/octet-stream"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a branch issuer's logo (PNG or JPEG, at most 512 kB, checked by its bytes; admins); "
            + "If-Match required")
    @APIResponse(responseCode = "413", description = "Over 512 kB")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public BranchIssuerView logo(@PathParam("issuerId") String issuerId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            InputStream body) throws IOException {
        return issuers.logo(session.require(), issuerId, Precondition.required(ifMatch), read(body), base());
    }

    @POST
    @Path("credential-issuers/{issuerId}/key-rotation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a branch issuer a new signing key; the old one is retired and stays published (admins); "
            + "If-Match required")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public BranchIssuerView rotate(@PathParam("issuerId") String issuerId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        return issuers.rotateKey(session.require(), issuerId, Precondition.required(ifMatch), base());
    }

    @POST
    @Path("credential-issuers/{issuerId}/retirement")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a branch issuer (admins): no longer offered when issuing, no longer changed; its "
            + "certificates stay verifiable (profile, keys and revocation list stay published); If-Match required")
    @APIResponse(responseCode = "409", description = "Already retired (issuer-retired)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public BranchIssuerView retire(@PathParam("issuerId") String issuerId,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        return issuers.retire(session.require(), issuerId, Precondition.required(ifMatch), base());
    }

    @GET
    @Path("credential-logo")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the organisation has a logo for its certificates (admins); its version is the ETag (0: none)")
    public LogoView organisationLogo() {
        return issuers.organisationLogo(session.require());
    }

    @GET
    @Path("credential-logo/image")
    @Produces({"image/png", "image/jpeg"})
    @Operation(summary = "The organisation's logo for its certificates (admins); 404 when there is none")
    public Response organisationLogoImage() {
        var view = issuers.organisationLogo(session.require());
        var bytes = issuers.organisationLogoBytes().orElseThrow(() -> nl.groeipad.platform.entity.Problems.NotFound.of(
                nl.groeipad.platform.entity.Text.of("het logo", "the logo")));
        return Response.ok(bytes, view.mediaType()).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("credential-logo")
    @Consumes({"image/png", "image/jpeg", "application/octet-stream"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the organisation's logo for its certificates (PNG or JPEG, at most 512 kB; admins); "
            + "If-Match required (\"0\" or * for the first)")
    @APIResponse(responseCode = "413", description = "Over 512 kB")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public LogoView organisationLogo(
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            InputStream body) throws IOException {
        return issuers.organisationLogo(session.require(), Precondition.required(ifMatch), read(body));
    }

    /** Reads one byte past the limit (the logo check refuses what is too large, 413); the rest is thrown away. */
    private static byte[] read(InputStream body) throws IOException {
        return Uploads.readAtMost(body, LogoImage.MAX_BYTES);
    }

    private String base() {
        return publicUrls.base(uriInfo.getRequestUri());
    }
}
