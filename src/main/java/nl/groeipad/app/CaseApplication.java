package nl.groeipad.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.groeipad.competency.boundary.CasePackagesResource;
import nl.groeipad.lti.boundary.SessionFilter;

/**
 * The 1EdTech CASE 1.0 REST binding under {@code /ims/case/v1p0}, at the standard paths, so CASE tools can
 * read the organisation's frameworks. Authenticated like the JSON API: the Groeipad session token of a
 * coach or admin of the tenant ({@code Authorization: Bearer}). CASE allows public or OAuth 2 protected
 * providers; frameworks are tenant-owned data, so we serve them only to the tenant's own staff (a public
 * or client-credentials variant can be added later). Errors are problem+json like the rest of the API.
 */
@ApplicationPath("ims/case/v1p0")
public class CaseApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Web.withApiProviders(Set.of(CasePackagesResource.class, SessionFilter.class));
    }
}
