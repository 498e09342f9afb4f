package nl.groeipad.lti.boundary;

import nl.groeipad.platform.boundary.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lti.control.DynamicRegistration;
import nl.groeipad.lti.entity.RegistrationFailure;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.platform.entity.Text;

/**
 * {@code GET /lti/register}: LTI Dynamic Registration 1.0 initiation. The platform's administrator pastes
 * this URL into the LMS; the LMS opens it with {@code openid_configuration} and {@code registration_token}.
 */
@Path("register")
@RequestScoped
public class RegisterResource {

    private static final Logger LOG = Logger.getLogger(RegisterResource.class.getName());

    @Inject
    DynamicRegistration registration;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    public Response register(@QueryParam("openid_configuration") String openidConfiguration,
                             @QueryParam("registration_token") String registrationToken) {
        var language = RequestLanguage.of(headers).code();
        if (openidConfiguration == null || openidConfiguration.isBlank()) {
            return LtiPages.problemPage(400, language,
                    new Text("Open deze pagina vanuit je leeromgeving om Groeipad te registreren.",
                            "Open this page from your learning platform to register Groeipad."),
                    new Text("In Moodle: Site-administratie → Plugins → Activiteitsmodules → Externe tool → Tools beheren; plak dit adres bij ‘Tool-URL’ en kies ‘LTI Advantage toevoegen’.",
                            "In Moodle: Site administration → Plugins → Activity modules → External tool → Manage tools; paste this address as ‘Tool URL’ and choose ‘Add LTI Advantage’."),
                    "DR-no-openid-configuration");
        }
        try {
            var tenant = registration.register(openidConfiguration, registrationToken, urls.base(uriInfo.getRequestUri()));
            return LtiPages.registered(language, tenant.name());
        } catch (RegistrationFailure failure) {
            LOG.warning(() -> "Dynamic registration refused: " + failure.getMessage());
            return LtiPages.problemPage(failure.status() >= 500 ? 422 : failure.status(), language, failure.text(),
                    new Text("", ""), "DR-" + failure.status());
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Dynamic registration failed unexpectedly", failure);
            return LtiPages.unexpected(language);
        }
    }
}
