package nl.groeipad.lti.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.logging.Logger;
import nl.groeipad.lti.control.DeepLinking;
import nl.groeipad.lti.control.ToolConfiguration;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.platform.boundary.RequestLanguage;
import nl.groeipad.platform.control.PublicUrls;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * {@code POST /lti/deep-linking}: the picker's choice (issue 10 §4). The signed request it carries says who chose for
 * which platform; the choice is checked against the organisation's routes and competencies; the answer is a page that
 * posts the signed LtiDeepLinkingResponse to the platform's {@code deep_link_return_url}.
 */
@Path("deep-linking")
@RequestScoped
public class DeepLinkingResource {

    private static final Logger LOG = Logger.getLogger(DeepLinkingResource.class.getName());

    @Inject
    DeepLinking deepLinking;

    @Inject
    ToolConfiguration toolConfiguration;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("request") String request, @FormParam("choice") String choice) {
        var pending = deepLinking.pending(request);
        if (pending.isEmpty()) {
            LOG.warning("Deep linking choice refused: request token missing, altered or expired");
            return LtiPages.rejected(new LaunchRejection(LaunchRejection.Reason.STATE_UNKNOWN, "deep linking token not valid"),
                    RequestLanguage.of(headers).code());
        }
        var language = pending.get().language();
        try {
            var launchUrl = toolConfiguration.endpoints(urls.base(uriInfo.getRequestUri())).launchUrl();
            var answer = deepLinking.answer(pending.get(), choice, launchUrl);
            return LtiPages.deepLinkingAnswer(language, answer.returnUrl(), answer.jwt(), answer.choice().title());
        } catch (InvalidField invalid) {
            return LtiPages.problemPage(400, language, invalid.text(),
                    Text.of("Ga terug en kies een van de mogelijkheden.", "Go back and choose one of the options."),
                    "field: " + invalid.field());
        }
    }
}
