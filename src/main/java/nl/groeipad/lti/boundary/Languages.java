package nl.groeipad.lti.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Dutch unless the browser prefers English over Dutch. */
final class Languages {
    private Languages() {
    }

    static String of(HttpHeaders headers) {
        if (headers == null) {
            return "nl";
        }
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage)
                .filter(l -> l.equals("nl") || l.equals("en")).findFirst().orElse("nl");
    }
}
