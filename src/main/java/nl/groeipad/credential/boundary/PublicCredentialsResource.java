package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import nl.groeipad.credential.control.BranchIssuers;
import nl.groeipad.credential.control.CredentialUrls;
import nl.groeipad.credential.control.RevocationLists;
import nl.groeipad.credential.entity.BranchIssuer;
import nl.groeipad.credential.control.CredentialViews.StatusView;
import nl.groeipad.credential.control.CredentialViews.VerificationView;
import nl.groeipad.credential.control.Credentials;
import nl.groeipad.credential.control.Credentials.Issued;
import nl.groeipad.credential.control.OpenBadges;
import nl.groeipad.platform.boundary.RequestLanguage;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.platform.control.TenantScope;
import nl.groeipad.platform.entity.Language;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public side of certificates, for anyone who holds a link (an employer, a backpack, a verifier):
 * {@code /credentials/{tenantId}/{publicId}} and what hangs below it, and the organisation's issuer profile and keys.
 * No session: the organisation is fixed from the address first (an unknown one is 404 like an unknown id), so a
 * public id of another organisation is unknown too; public ids carry 256 random bits. Answers hold nothing of the
 * participant but what the credential itself says.
 */
@Path("")
@RequestScoped
@Tag(name = "credentials (public)")
public class PublicCredentialsResource {

    static final Text CERTIFICATE = Text.of("dit certificaat", "this certificate");
    static final String VC_JWT = "application/vc+jwt";
    static final String LD_JSON = "application/ld+json";

    @Inject
    Credentials credentials;

    @Inject
    TenantScope scope;

    @Inject
    BranchIssuers branches;

    @Inject
    RevocationLists revocationLists;

    @Inject
    PublicUrls publicUrls;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{tenant}/issuer")
    @Produces({MediaType.APPLICATION_JSON, LD_JSON})
    @Operation(summary = "The organisation as Open Badges 2.0 Issuer (the id of its OB 3.0 issuer profile)")
    public Response issuer(@PathParam("tenant") String tenant) {
        var id = organisation(tenant);
        return open(Response.ok(OpenBadges.issuer(credentials.organisationName(id), urls(id)).toString(),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisation's public keys for its signed credentials (JWKS)")
    public Response jwks(@PathParam("tenant") String tenant) {
        var id = organisation(tenant);
        return open(Response.ok(credentials.publicKeys(urls(id)).toString(false), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/revocations")
    @Produces({MediaType.APPLICATION_JSON, OpenBadges.JWT_MEDIA_TYPE})
    @Operation(summary = "The organisation's 1EdTech revocation list: its own revoked certificates by id, with the reason; "
            + "JSON, or signed by the organisation as JWT with Accept: application/jwt")
    public Response revocations(@PathParam("tenant") String tenant) {
        var id = organisation(tenant);
        var urls = urls(id);
        return revocationList(() -> revocationLists.own(urls).toString(), () -> revocationLists.ownSigned(urls));
    }

    /** The list as JSON, or as the issuer's JWT when the client asks for {@code application/jwt} by name. */
    private Response revocationList(java.util.function.Supplier<String> json, java.util.function.Supplier<String> jwt) {
        var signed = headers.getAcceptableMediaTypes().stream().anyMatch(t -> !t.isWildcardType() && !t.isWildcardSubtype()
                && OpenBadges.JWT_MEDIA_TYPE.equals(t.getType() + "/" + t.getSubtype()));
        var response = signed ? Response.ok(jwt.get(), OpenBadges.JWT_MEDIA_TYPE)
                : Response.ok(json.get(), MediaType.APPLICATION_JSON_TYPE);
        return open(response.header("Cache-Control", "no-cache").header("Vary", "Accept"));
    }

    @GET
    @Path("{tenant}/issuers/{issuer}")
    @Produces({MediaType.APPLICATION_JSON, LD_JSON})
    @Operation(summary = "A branch issuer as Open Badges 2.0 Issuer (the id of its OB 3.0 issuer profile)")
    public Response branchIssuer(@PathParam("tenant") String tenant, @PathParam("issuer") String issuer) {
        var urls = urls(organisation(tenant));
        var b = branch(issuer);
        return open(Response.ok(OpenBadges.branchIssuer(urls.branchIssuer(b.id()), b.name(), b.url(),
                b.hasLogo() ? urls.branchLogo(b.id()) : null).toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/issuers/{issuer}/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A branch issuer's public keys for its signed credentials (JWKS; retired keys stay listed)")
    public Response branchJwks(@PathParam("tenant") String tenant, @PathParam("issuer") String issuer) {
        var urls = urls(organisation(tenant));
        var b = branch(issuer);
        return open(Response.ok(branches.publicKeys(b.id(), urls).toString(false), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/issuers/{issuer}/logo")
    @Produces({"image/png", "image/jpeg"})
    @Operation(summary = "A branch issuer's logo (404 when it has none)")
    public Response branchLogo(@PathParam("tenant") String tenant, @PathParam("issuer") String issuer) {
        organisation(tenant);
        var b = branch(issuer);
        if (!b.hasLogo()) {
            throw NotFound.of(Text.of("dit logo", "this logo"));
        }
        return open(Response.ok(b.logoBytes(), b.logoType()).header("X-Content-Type-Options", "nosniff"));
    }

    @GET
    @Path("{tenant}/issuers/{issuer}/revocations")
    @Produces({MediaType.APPLICATION_JSON, OpenBadges.JWT_MEDIA_TYPE})
    @Operation(summary = "A branch issuer's 1EdTech revocation list: its revoked certificates by id, with the reason; "
            + "JSON, or signed by the branch issuer as JWT with Accept: application/jwt")
    public Response branchRevocations(@PathParam("tenant") String tenant, @PathParam("issuer") String issuer) {
        var urls = urls(organisation(tenant));
        var b = branch(issuer);
        return revocationList(() -> revocationLists.branch(b.id(), urls).toString(),
                () -> revocationLists.branchSigned(b.id(), urls));
    }

    @GET
    @Path("{tenant}/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The verification page of a certificate (Dutch, or English with ?lang=en)")
    public Response page(@PathParam("tenant") String tenant, @PathParam("id") String id, @QueryParam("lang") String lang) {
        var language = lang == null || lang.isBlank() ? RequestLanguage.of(headers).code() : Language.of(lang).code();
        var organisation = parse(tenant);
        Optional<Issued> issued = organisation.filter(credentials::organisationExists).flatMap(t -> {
            scope.enter(t);
            return credentials.issued(id);
        });
        if (issued.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(VerificationPage.unknown(language)).build();
        }
        var view = credentials.verification(issued.get(), organisation.get(), language);
        return Response.ok(VerificationPage.of(view, language, uriInfo.getRequestUri().getPath()),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("{tenant}/{id}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a certificate is valid, revoked (when, why) or expired, what it says and who issued it")
    public Response verification(@PathParam("tenant") String tenant, @PathParam("id") String id,
                                 @QueryParam("lang") String lang) {
        var t = organisation(tenant);
        var language = lang == null || lang.isBlank() ? RequestLanguage.of(headers).code() : Language.of(lang).code();
        VerificationView view = credentials.verification(issued(id), t, language);
        return open(Response.ok(view, MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The status of a certificate, as its Open Badges 3.0 credentialStatus names it")
    public Response status(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        var t = organisation(tenant);
        StatusView view = credentials.status(issued(id), t);
        return open(Response.ok(view, MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/{id}/ob3")
    @Produces({VC_JWT, MediaType.TEXT_PLAIN})
    @Operation(summary = "The Open Badges 3.0 OpenBadgeCredential as VC-JWT (RS256; kid names the JWKS)")
    public Response ob3(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        organisation(tenant);
        return open(Response.ok(issued(id).credential().vcJwt(), VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"certificaat.jwt\""));
    }

    @GET
    @Path("{tenant}/{id}/assertion")
    @Produces({MediaType.APPLICATION_JSON, LD_JSON})
    @Operation(summary = "The Open Badges 2.0 hosted Assertion (410 with revoked: true when revoked)")
    public Response assertion(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        var t = organisation(tenant);
        var issued = issued(id);
        var c = issued.credential();
        var urls = new CredentialUrls(c.baseUrl(), t.value());
        if (issued.revocation() != null) {
            return open(Response.status(410).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(OpenBadges.revokedAssertion(c, urls, issued.revocation()).toString()));
        }
        return open(Response.ok(OpenBadges.assertion(c, urls).toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/{id}/badgeclass")
    @Produces({MediaType.APPLICATION_JSON, LD_JSON})
    @Operation(summary = "The Open Badges 2.0 BadgeClass of a certificate")
    public Response badgeClass(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        var t = organisation(tenant);
        var c = issued(id).credential();
        JsonObject badge = OpenBadges.badgeClass(c, new CredentialUrls(c.baseUrl(), t.value()));
        return open(Response.ok(badge.toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{tenant}/{id}/badge.png")
    @Produces("image/png")
    @Operation(summary = "The badge image, baked with the Open Badges 2.0 assertion (iTXt chunk openbadges)")
    public Response badge(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        var t = organisation(tenant);
        return open(Response.ok(credentials.badge(issued(id), t, true), "image/png")
                .header("Content-Disposition", "inline; filename=\"badge.png\""));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private TenantId organisation(String tenant) {
        var id = parse(tenant).filter(credentials::organisationExists).orElseThrow(() -> NotFound.of(CERTIFICATE));
        scope.enter(id);
        return id;
    }

    private BranchIssuer branch(String id) {
        return branches.byId(id).orElseThrow(() -> NotFound.of(Text.of("deze branche", "this branch issuer")));
    }

    private Issued issued(String id) {
        return credentials.issued(id).orElseThrow(() -> NotFound.of(CERTIFICATE));
    }

    private CredentialUrls urls(TenantId tenant) {
        return new CredentialUrls(publicUrls.base(uriInfo.getRequestUri()), tenant.value());
    }

    private static Optional<TenantId> parse(String tenant) {
        try {
            return tenant == null || tenant.length() != 36 ? Optional.empty() : Optional.of(TenantId.of(tenant));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Public documents may be read by verifiers in other origins. */
    private static Response open(Response.ResponseBuilder response) {
        return response.header("Access-Control-Allow-Origin", "*").build();
    }
}
