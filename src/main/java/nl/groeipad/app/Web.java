package nl.groeipad.app;

import java.util.HashSet;
import java.util.Set;
import nl.groeipad.platform.boundary.EntityTags;
import nl.groeipad.platform.boundary.PlainPathFilter;
import nl.groeipad.platform.boundary.ProblemMappers;
import nl.groeipad.platform.boundary.SecurityHeaders;
import nl.groeipad.platform.boundary.ValidationProblems;

/**
 * What every JSON API application shares: problem+json for errors, plain paths, no caching of answers, an ETag
 * on every versioned representation (optimistic concurrency).
 */
final class Web {

    private Web() {
    }

    static Set<Class<?>> withApiProviders(Set<Class<?>> classes) {
        var all = new HashSet<Class<?>>(classes);
        all.addAll(Set.of(ProblemMappers.class, ValidationProblems.class, PlainPathFilter.class, SecurityHeaders.class,
                EntityTags.class));
        return Set.copyOf(all);
    }
}
