package nl.groeipad.tenant.entity;

import java.util.List;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Published;
import nl.groeipad.platform.entity.Text;

/**
 * What Groeipad must know of a platform to accept its launches: the issuer, the client_id it gave us, its
 * OIDC authorization endpoint, token endpoint, key set and the deployment ids. The constructor enforces the
 * rules, naming the field that breaks one.
 */
@Published
public record PlatformRegistration(String name, String issuer, String clientId, String authUrl, String tokenUrl,
                                   String jwksUrl, List<String> deploymentIds, String productFamily) {

    public PlatformRegistration {
        issuer = WebAddress.require("issuer", issuer);
        if (issuer.length() > 500) {
            throw new InvalidField("issuer", new Text("De issuer is te lang (max. 500 tekens).",
                    "The issuer is too long (max. 500 characters)."));
        }
        if (productFamily != null && productFamily.length() > 100) {
            productFamily = productFamily.substring(0, 100);
        }
        clientId = required("clientId", clientId, 255);
        authUrl = WebAddress.require("authUrl", authUrl);
        tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? null : WebAddress.require("tokenUrl", tokenUrl);
        jwksUrl = WebAddress.require("jwksUrl", jwksUrl);
        name = name == null || name.isBlank() ? issuer : name.strip();
        if (name.length() > 200 && name.equals(issuer)) {
            name = name.substring(0, 200);
        }
        if (name.length() > 200) {
            throw new InvalidField("name", new Text("De naam is te lang (max. 200 tekens).",
                    "The name is too long (max. 200 characters)."));
        }
        if (deploymentIds == null || deploymentIds.isEmpty()) {
            throw new InvalidField("deploymentIds", new Text("Vul minstens één deployment-id in.",
                    "Fill in at least one deployment id."));
        }
        deploymentIds = List.copyOf(deploymentIds);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, new Text("Dit veld is verplicht.", "This field is required."));
        }
        if (value.length() > max) {
            throw new InvalidField(field, new Text("Dit veld is te lang.", "This field is too long."));
        }
        return value.strip();
    }
}
