package nl.groeipad.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.PublicUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * CASE 1.0 provider endpoints: the organisation's frameworks as CFDocuments, CFPackages and CFItems. Ids
 * ({@code sourcedId}) are CASE identifiers: a framework's key for documents and packages, a group's,
 * competency's or indicator's key for items. Each framework is served in its current version: the published
 * one, or the open draft when none is published yet.
 */
@Path("")
@RequestScoped
@SecurityRequirement(name = "session")
@Produces(MediaType.APPLICATION_JSON)
public class CasePackagesResource {

    @Inject
    CurrentSession session;

    @Inject
    Frameworks frameworks;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @GET
    @Path("CFDocuments")
    @Operation(summary = "CASE getAllCFDocuments")
    public JsonObject documents() {
        var list = Json.createArrayBuilder();
        frameworks.caseDocuments(session.require(), base()).forEach(list::add);
        return Json.createObjectBuilder().add("CFDocuments", list).build();
    }

    @GET
    @Path("CFDocuments/{sourcedId}")
    @Operation(summary = "CASE getCFDocument")
    public JsonObject document(@PathParam("sourcedId") String id) {
        return frameworks.caseDocument(session.require(), id, base());
    }

    @GET
    @Path("CFPackages/{sourcedId}")
    @Operation(summary = "CASE getCFPackage")
    public JsonObject cfPackage(@PathParam("sourcedId") String id) {
        return frameworks.casePackage(session.require(), id, base());
    }

    @GET
    @Path("CFItems/{sourcedId}")
    @Operation(summary = "CASE getCFItem")
    public JsonObject item(@PathParam("sourcedId") String id) {
        return frameworks.caseItem(session.require(), id, base());
    }

    private String base() {
        return urls.base(uri.getRequestUri());
    }
}
