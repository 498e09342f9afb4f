package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.groeipad.credential.control.BranchIssuers;
import nl.groeipad.credential.control.BranchIssuers.Choice;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The branch issuers a coach can issue a branch certificate under (coaches and admins; participants 403). */
@Path("v1/credential-issuers")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class BranchIssuerChoicesResource {

    @Inject
    CurrentSession session;

    @Inject
    BranchIssuers issuers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisation's branch issuers by id and name, to issue a branch certificate under (coaches)")
    public List<Choice> choices() {
        return issuers.choices(session.require());
    }
}
