package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.groeipad.credential.control.IssuingRegister;
import nl.groeipad.credential.control.IssuingRegister.Entry;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's issuing register (admins): who received what, when, from whom, revoked or not. */
@Path("v1/organisation/credentials")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class IssuingRegisterResource {

    @Inject
    CurrentSession session;

    @Inject
    IssuingRegister register;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The issuing register: every certificate and registered proof of the organisation, newest first (admins)")
    public List<Entry> entries() {
        return register.entries(session.require());
    }

    @GET
    @Path("export/csv")
    @Produces("text/csv")
    @Operation(summary = "The issuing register as CSV (admins)")
    public Response csv() {
        return Response.ok(register.csv(session.require()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"uitgifteregister.csv\"").build();
    }
}
