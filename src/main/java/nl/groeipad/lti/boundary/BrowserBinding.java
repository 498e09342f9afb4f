package nl.groeipad.lti.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/**
 * The cookie that binds an OIDC login to the browser that started it. Over https it is
 * {@code SameSite=None; Secure; Partitioned}, so it reaches the launch inside an LMS iframe without being a
 * third-party cookie (CHIPS); over plain http (local development) it is {@code SameSite=Lax}, which works
 * when platform and tool share a site such as localhost.
 */
final class BrowserBinding {

    private static final String PREFIX = "gp_lti_";

    private BrowserBinding() {
    }

    static String cookieName(String state) {
        return PREFIX + tag(state);
    }

    /**
     * A short name for one login: the last 16 characters of its state, which are part of the state's MAC and so
     * differ between logins (its first characters are the same JWT header for every login). Names the cookie and
     * the platform storage's key, so two logins at once in one browser do not overwrite each other's binding.
     */
    static String tag(String state) {
        return state.substring(Math.max(0, state.length() - 16)).replaceAll("[^A-Za-z0-9_-]", "");
    }

    static String set(String state, String secret, boolean secure) {
        return cookieName(state) + "=" + secret + "; Path=/lti; Max-Age=600; HttpOnly; "
                + (secure ? "SameSite=None; Secure; Partitioned" : "SameSite=Lax");
    }

    static String clear(String state, boolean secure) {
        return cookieName(state) + "=; Path=/lti; Max-Age=0; HttpOnly; "
                + (secure ? "SameSite=None; Secure; Partitioned" : "SameSite=Lax");
    }

    static String presented(HttpHeaders headers, String state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        Map<String, jakarta.ws.rs.core.Cookie> cookies = headers.getCookies();
        var cookie = cookies.get(cookieName(state));
        return cookie == null ? null : cookie.getValue();
    }
}
