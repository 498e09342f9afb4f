package nl.groeipad.lms.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URL rules of AGS 2.0 as platforms apply them. A line item's scores are at {@code <line item>/scores} (§3.4):
 * the segment goes into the path, before any query, because Moodle's line-item URLs carry {@code ?type_id=N}
 * ({@code …/lineitems/2/lineitem?type_id=1} → {@code …/lineitems/2/lineitem/scores?type_id=1}). Query parameters of
 * the line-items endpoint (§3.2.5: {@code resource_id}, {@code tag}) are added to the query the platform gave.
 */
public final class AgsUrls {
    private AgsUrls() {
    }

    public static String scores(String lineItemUrl) {
        return withSegment(lineItemUrl, "scores");
    }

    /** {@code url} with one more path segment, before its query (and without its fragment). */
    static String withSegment(String url, String segment) {
        var noFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        var q = noFragment.indexOf('?');
        var path = q < 0 ? noFragment : noFragment.substring(0, q);
        var query = q < 0 ? "" : noFragment.substring(q);
        return (path.endsWith("/") ? path : path + "/") + segment + query;
    }

    /** {@code url} with a query parameter added (percent-encoded), keeping the parameters it has. */
    public static String withParameter(String url, String name, String value) {
        var noFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        var separator = !noFragment.contains("?") ? "?" : noFragment.endsWith("?") || noFragment.endsWith("&") ? "" : "&";
        return noFragment + separator + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Whether two URLs have the same scheme, host and port: the access token is only sent where the signed launch
     * pointed, so a line item or page URL from an answer must be on the platform's own origin.
     */
    public static boolean sameOrigin(String a, String b) {
        try {
            var x = java.net.URI.create(a);
            var y = java.net.URI.create(b);
            return x.getScheme() != null && x.getScheme().equalsIgnoreCase(y.getScheme()) && x.getHost() != null
                    && x.getHost().equalsIgnoreCase(y.getHost()) && x.getPort() == y.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
