package nl.groeipad.route.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.route.control.RouteViews.RouteView;
import nl.groeipad.route.control.Routes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Mijn route": the caller's own active route in the course they launched from: {@code /api/v1/me/route}. */
@Path("v1/me/route")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "routes")
public class MyRouteResource {

    @Inject
    CurrentSession session;

    @Inject
    Routes routes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's own route, read-only (status none, no steps, while the coach has not given one yet)")
    public RouteView route() {
        return routes.myRoute(session.require());
    }
}
