package nl.groeipad.tenant.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.PlatformRegistration;
import nl.groeipad.tenant.entity.RegistrationKind;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.platform.boundary.OperatorOnly;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Manual registration of platforms by the operator: {@code /api/v1/admin/registrations}. A registration's
 * {@code version} is its ETag; removing it requires If-Match (428 without, 412 when it changed since), accepting
 * another deployment appends and needs none.
 */
@Path("v1/admin/registrations")
@RequestScoped
@OperatorOnly
@SecurityRequirement(name = "admin")
public class RegistrationsResource {

    @Inject
    TenantRegistry registry;

    @Context
    UriInfo uriInfo;

    public record RegistrationRequest(
            @Size(max = 200) String name,
            @NotBlank(message = "{registration.issuer.required}") String issuer,
            @NotBlank(message = "{registration.clientId.required}") String clientId,
            @NotBlank(message = "{registration.authUrl.required}") String authUrl,
            String tokenUrl,
            @NotBlank(message = "{registration.jwksUrl.required}") String jwksUrl,
            @NotEmpty(message = "{registration.deploymentIds.required}") List<@NotNull(message = "{list.item.required}") String> deploymentIds) {
    }

    /**
     * A registration as the operator sees it; {@code version} is its ETag. {@code organisationId} is the registration
     * whose organisation (data) its launches enter: its own id unless the operator linked it to another.
     */
    public record RegistrationView(String id, int version, String name, String issuer, String clientId, String authUrl,
                                   String tokenUrl, String jwksUrl, Collection<String> deploymentIds, String kind,
                                   Instant createdAt, String organisationId) implements Versioned {
        static RegistrationView of(Registration t) {
            return new RegistrationView(t.id(), t.version(), t.name(), t.issuer(), t.clientId(), t.authUrl(),
                    t.tokenUrl(), t.jwksUrl(), t.deploymentIds().stream().sorted().toList(), t.kind().name(),
                    t.createdAt(), t.organisationId());
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All registered platforms (tenants)")
    public List<RegistrationView> all() {
        return registry.all().stream().map(RegistrationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One registered platform (tenant)", description = "ETag: the registration's version.")
    public RegistrationView one(@PathParam("id") String id) {
        return RegistrationView.of(registry.require(tenantId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a platform manually")
    public Response register(@NotNull(message = "{body.registration}") @Valid RegistrationRequest request) {
        var tenant = registry.register(new PlatformRegistration(request.name(), request.issuer(), request.clientId(),
                request.authUrl(), request.tokenUrl(), request.jwksUrl(), request.deploymentIds(), null), RegistrationKind.MANUAL);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(tenant.id()).build())
                .entity(RegistrationView.of(tenant)).build();
    }

    public record DeploymentRequest(@NotBlank(message = "{registration.deploymentId.required}") String deploymentId) {
    }

    @POST
    @Path("{id}/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept launches from another deployment id of this registration",
            description = "No precondition: the deployment is added (If-Match is checked when sent).")
    public RegistrationView acceptDeployment(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
            @NotNull(message = "{body.deployment}") @Valid DeploymentRequest request) {
        return RegistrationView.of(registry.acceptDeployment(tenantId(id), Precondition.optional(ifMatch),
                RegistrationView::of, request.deploymentId().strip()));
    }

    public record OrganisationRequest(@NotBlank(message = "{registration.organisationId.required}") String organisationId) {
    }

    @PUT
    @Path("{id}/organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link this registration to another registration's organisation",
            description = "From now on its launches enter that organisation's people, courses, plans and intakes; its "
                    + "issuer, client_id, key set and deployments stay its own. If-Match with the registration's version is "
                    + "required. 400 (organisationId) for an unknown organisation, itself, or a registration that is itself "
                    + "linked; 409 when other registrations are linked to this one.")
    @APIResponse(responseCode = "200", description = "Linked")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RegistrationView link(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = "{body.organisation}") @Valid OrganisationRequest request) {
        return RegistrationView.of(registry.linkToOrganisation(tenantId(id), Precondition.required(ifMatch),
                RegistrationView::of, request.organisationId().strip()));
    }

    @DELETE
    @Path("{id}/organisation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlink this registration: its launches enter its own organisation again",
            description = "If-Match with the registration's version is required. What was recorded while it was linked "
                    + "stays with the organisation it was linked to.")
    @APIResponse(responseCode = "200", description = "Unlinked")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public RegistrationView unlink(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        return RegistrationView.of(registry.unlinkFromOrganisation(tenantId(id), Precondition.required(ifMatch),
                RegistrationView::of));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a registration and everything its organisation stored",
            description = "If-Match with the registration's version is required: only the registration as the operator "
                    + "saw it is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response remove(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        registry.remove(tenantId(id), Precondition.required(ifMatch), RegistrationView::of);
        return Response.noContent().build();
    }

    private static TenantId tenantId(String id) {
        try {
            return TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw NotFound.of(Text.of("deze registratie", "this registration"));
        }
    }
}
