package nl.groeipad.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import nl.groeipad.platform.entity.Language;

/**
 * The one language resolver of every HTTP answer a person reads (problem details, LTI pages, validation messages):
 * the first of Dutch and English in the request's {@code Accept-Language}, in the order of preference the browser
 * gives (its q-values), else Dutch. The app sends the language of the launch (the session's) with every call.
 */
public final class RequestLanguage {
    private RequestLanguage() {
    }

    public static Language of(HttpHeaders headers) {
        return headers == null ? Language.NL : Language.preferred(headers.getAcceptableLanguages(), Language.NL);
    }

    public static Language of(ContainerRequestContext request) {
        return Language.preferred(request.getAcceptableLanguages(), Language.NL);
    }
}
