package nl.groeipad.competency.control;

import java.time.Instant;
import java.util.Locale;
import nl.groeipad.competency.entity.Framework;

/** A framework version in a list: enough to choose one ({@code revision}: see {@link FrameworkDetails}). */
public record FrameworkSummary(String id, String key, int version, int revision, String status, String title,
                               String source, int competencies, int indicators, Instant createdAt, Instant publishedAt) {

    public static FrameworkSummary of(Framework f) {
        var competencies = f.competencies();
        return new FrameworkSummary(f.id(), f.key(), f.version(), f.revision(), FrameworkDetails.status(f), f.title(),
                f.source().name().toLowerCase(Locale.ROOT), competencies.size(),
                competencies.stream().mapToInt(c -> c.indicators().size()).sum(), f.createdAt(), f.publishedAt());
    }
}
