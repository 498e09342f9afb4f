package nl.groeipad.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.groeipad.lti.control.SessionTokens;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code POST /api/v1/session/renew}: a fresh session token while the current one is still valid. */
@Path("v1/session")
@RequestScoped
@SecurityRequirement(name = "session")
public class SessionResource {

    @Inject
    CurrentSession session;

    @Inject
    SessionTokens tokens;

    @POST
    @Path("renew")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew the session token (only while it is still valid)")
    public SessionTokens.Issued renew() {
        return tokens.issue(session.require());
    }
}
