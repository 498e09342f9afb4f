package nl.groeipad.lti.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groeipad.platform.entity.Language;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.TenantId;

/**
 * A launch that passed every check of {@code LaunchValidator}: who launched, from which course and
 * activity, in which role and language. Names and email are present only when the platform sent them;
 * {@code services} holds the grade (AGS) and roster (NRPS) endpoints the platform offered.
 */
public record Launch(TenantId tenant, String messageType, String deploymentId, String subject,
                     String givenName, String familyName, String name, String email,
                     List<String> lisRoles, Role role, Context context, String resourceLinkId,
                     String resourceLinkTitle, String locale, String documentTarget, String returnUrl,
                     DeepLinking deepLinking, Map<String, Object> custom,
                     PlatformServices services) {

    public record Context(String id, String title, String label) {
    }

    /** The deep_linking_settings claim of an LtiDeepLinkingRequest (Deep Linking 2.0 §4.4.1). */
    public record DeepLinking(String returnUrl, List<String> acceptTypes, List<String> presentationTargets,
                              boolean acceptMultiple, String data) {
    }

    public boolean isDeepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }

    /** Dutch unless the platform asks for English (the launch's {@code locale} claim). */
    public String language() {
        return Language.of(locale).code();
    }

    public Optional<Context> course() {
        return Optional.ofNullable(context);
    }
}
