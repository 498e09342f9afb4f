package nl.groeipad.tenant.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public record OrganisationView(String name, String theme, String logoUrl) {
        static OrganisationView of(Registration t) {
            return new OrganisationView(t.name(), t.theme().folder(), t.logoUrl());
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
    @Operation(summary = "Choose the organisation's theme and logo (admins only)")
    public OrganisationView rebrand(@NotNull(message = "{body.branding}") @jakarta.validation.Valid BrandingRequest request) {
        var s = session.require();
        Access.requireRole(s, Work.ADMINISTRATION);
        var theme = Theme.byFolder(request.theme()).orElseThrow(() -> new InvalidField("theme",
                new Text("Kies ‘default’ of ‘high-contrast’.", "Choose ‘default’ or ‘high-contrast’.")));
        return OrganisationView.of(registry.rebrand(s.tenant(), theme, request.logoUrl()));
    }
}
