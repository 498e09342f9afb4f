package nl.groeipad.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.people.control.People;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.entity.RegistrationKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code GET /api/v1/me}: who I am, in which course and role, and my organisation's look. */
@Path("v1/me")
@ApplicationScoped // one instance: the first API call of every launch (see lti.boundary.LoginResource); no state in fields
@SecurityRequirement(name = "session")
public class MeResource {

    @Inject
    CurrentSession session;

    @Inject
    People people;

    @Inject
    TenantRegistry tenants;

    public record UserView(String id, String givenName, String familyName, String name) {
    }

    public record CourseView(String id, String title, String label) {
    }

    public record OrganisationView(String name, String theme, String logoUrl) {
    }

    public record MeView(UserView user, String role, CourseView course, String locale,
                         OrganisationView organisation, boolean demo) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person, their role, course and organisation")
    public MeView me() {
        var s = session.require();
        var profile = people.profile(s);
        var tenant = tenants.registered(s.tenant()); // the session's check asked the database whether it exists
        var user = profile.user();
        var course = profile.course();
        return new MeView(new UserView(user.id(), user.givenName(), user.familyName(), user.displayName()),
                s.role().json(),
                course == null ? null : new CourseView(course.id(), course.title(), course.label()),
                s.language(),
                new OrganisationView(tenant.name(), tenant.theme().folder(), tenant.logoUrl()),
                tenant.kind() == RegistrationKind.DEMO);
    }
}
