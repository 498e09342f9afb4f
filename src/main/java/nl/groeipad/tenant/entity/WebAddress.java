package nl.groeipad.tenant.entity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * Rules for the web addresses of a platform registration: absolute, https — plain http only for a
 * platform on this machine (development), no user info and no fragment.
 */
public final class WebAddress {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private WebAddress() {
    }

    public static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, new Text("Vul dit adres in.", "Please fill in this address."));
        }
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(field);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http") && isLocal(uri.getHost()))) {
            throw invalid(field);
        }
        if (value.length() > 1000) {
            throw new InvalidField(field, new Text("Dit adres is te lang.", "This address is too long."));
        }
        return value.trim();
    }

    public static boolean isLocal(String host) {
        return host != null && LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    private static InvalidField invalid(String field) {
        return new InvalidField(field, new Text(
                "Dit is geen geldig webadres. Gebruik https:// (http:// alleen voor localhost).",
                "This is not a valid web address. Use https:// (http:// only for localhost)."));
    }
}
