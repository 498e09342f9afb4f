package nl.groeipad.platform.control;

import java.util.Set;

/**
 * Where the registered platforms (LMSs) live, which show Groeipad in their pages: their issuer and authorization
 * URLs. Implemented by the feature that keeps the registrations, so that {@code platform} depends on no feature.
 */
public interface EmbeddingPlatforms {

    Set<String> urls();
}
