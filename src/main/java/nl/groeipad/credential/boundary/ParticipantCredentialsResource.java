package nl.groeipad.credential.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.groeipad.credential.boundary.CredentialRequests.IssueRequest;
import nl.groeipad.credential.boundary.CredentialRequests.RegisterRequest;
import nl.groeipad.credential.control.CredentialViews.CredentialView;
import nl.groeipad.credential.control.Credentials;
import nl.groeipad.platform.boundary.Answers;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.control.PublicUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's certificates and registered proof as their coach sees them, and issuing a certificate. */
@Path("v1/courses/{courseId}/participants/{userId}/credentials")
@RequestScoped
@SecurityRequirement(name = "session")
@Tag(name = "credentials")
public class ParticipantCredentialsResource {

    @Inject
    CurrentSession session;

    @Inject
    Credentials credentials;

    @Inject
    PublicUrls publicUrls;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The participant's certificates and registered proof in the coach's course, newest first")
    public List<CredentialView> list(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        return credentials.ofParticipant(session.require(), courseId, userId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a certificate for the participant's active route {routeId?, message?} or one plan goal {goalId}; needs a recorded passed completion (409 no-completion-outcome otherwise): PDF, Open Badges "
            + "3.0 (VC-JWT) and 2.0; 201 with the certificate and its public links")
    public Response issue(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
                          @NotNull(message = CredentialRequests.NO_BODY) @Valid IssueRequest request) {
        var issued = credentials.issue(session.require(), courseId, userId, request.command(),
                publicUrls.base(uriInfo.getRequestUri()));
        var location = uriInfo.getBaseUriBuilder().path(CredentialsResource.class).path(issued.id()).build();
        return Answers.createdAt(location, issued);
    }

    @POST
    @Path("registered")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register proof obtained elsewhere {kind: mbo-praktijkverklaring|mbo-certificate|diploma, "
            + "institution, qualification, crebo?, number?, obtainedOn}; the document follows with PUT "
            + "/api/v1/credentials/{id}/document; 201")
    public Response register(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
                             @NotNull(message = CredentialRequests.NO_BODY) @Valid RegisterRequest request) {
        var registered = credentials.registerFor(session.require(), courseId, userId, request.proof());
        var location = uriInfo.getBaseUriBuilder().path(CredentialsResource.class).path(registered.id()).build();
        return Answers.createdAt(location, registered);
    }
}
