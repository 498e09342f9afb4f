package nl.groeipad.tenant.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.entity.Access;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.entity.Theme;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's own organisation: its name and look; its admins choose theme and logo. */
@Path("v1/organisation")
@RequestScoped
@SecurityRequirement(name = "session")
public class OrganisationResource {

    @Inject
    CurrentSession session;

    @Inject
    TenantRegistry registry;

    /** The organisation's name and look; {@code version} is its ETag (a new look names it in If-Match). */
    public record OrganisationView(String name, int version, String theme, String logoUrl) implements Versioned {
        static OrganisationView of(Registration t) {
            return new OrganisationView(t.name(), t.version(), t.theme().folder(), t.logoUrl());
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    public record BrandingRequest(@NotNull(message = "{theme.choose}") String theme, String logoUrl) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OrganisationView mine() {
        return OrganisationView.of(registry.require(session.require().tenant()));
    }

    @PUT
    @Path("branding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the organisation's theme and logo (admins only)",
            description = "If-Match with the organisation's version is required.")
    @APIResponse(responseCode = "200", description = "The organisation as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public OrganisationView rebrand(@HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = "{body.branding}") @jakarta.validation.Valid BrandingRequest request) {
        var s = session.require();
        Access.requireRole(s, Work.ADMINISTRATION);
        var theme = Theme.byFolder(request.theme()).orElseThrow(() -> new InvalidField("theme",
                new Text("Kies ‘default’ of ‘high-contrast’.", "Choose ‘default’ or ‘high-contrast’.")));
        return OrganisationView.of(registry.rebrand(s.tenant(), Precondition.required(ifMatch), OrganisationView::of, theme,
                request.logoUrl()));
    }
}
