package nl.groeipad.competency.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.groeipad.competency.entity.BehaviouralIndicator;
import nl.groeipad.competency.entity.Competency;
import nl.groeipad.competency.entity.CompetencyGroup;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.platform.entity.Versioned;

/**
 * One framework version as other features and the API read it: groups, competencies in reading order, each
 * with its indicators and their A/B/C texts, and the five scale labels. A snapshot: it does not change when
 * the framework does (a published version never changes anyway).
 *
 * @param id      the version row id; where a version matters (scores, plans), point at this id
 * @param key     the framework key, the same in every version
 * @param version the framework's version number (1, 2, …)
 * @param revision the concurrency version of this version row and its parts: its ETag, named in If-Match by a
 *                change to a draft (it rises with every change)
 * @param status  draft, published or superseded
 * @param scale   the labels of scores 1 to 5
 * @param observationPeriodDays the days an observation on this version runs unless the coach chooses otherwise
 */
public record FrameworkDetails(String id, String key, int version, int revision, String status, String title,
                               String description, String language, String source, List<String> scale,
                               List<GroupDetails> groups, List<CompetencyDetails> competencies, Instant createdAt,
                               Instant publishedAt, Instant supersededAt, String lastChange,
                               int observationPeriodDays) implements Versioned {

    public record GroupDetails(String id, String key, String parentKey, String code, String title, int position) {
        static GroupDetails of(CompetencyGroup g) {
            return new GroupDetails(g.id(), g.key(), g.parentKey(), g.code(), g.title(), g.position());
        }
    }

    /** @param groupKey the key of its group, or null */
    public record CompetencyDetails(String id, String key, String groupKey, String code, String title,
                                    String description, int position, List<IndicatorDetails> indicators) {
        static CompetencyDetails of(Competency c) {
            return new CompetencyDetails(c.id(), c.key(), c.groupKey(), c.code(), c.title(), c.description(), c.position(),
                    c.indicators().stream().map(IndicatorDetails::of).toList());
        }
    }

    /** @param levelC the behaviour at level C, the mbo-Entree standard */
    public record IndicatorDetails(String id, String key, String code, String description, String levelA,
                                   String levelB, String levelC, int position) {
        static IndicatorDetails of(BehaviouralIndicator i) {
            var levels = i.levels();
            return new IndicatorDetails(i.id(), i.key(), i.code(), i.description(), levels.a(), levels.b(), levels.c(),
                    i.position());
        }
    }

    public static FrameworkDetails of(Framework f) {
        return new FrameworkDetails(f.id(), f.key(), f.version(), f.revision(), status(f), f.title(), f.description(),
                f.language(),
                f.source().name().toLowerCase(Locale.ROOT), f.scale().labels(),
                f.groups().stream().map(GroupDetails::of).toList(),
                f.competencies().stream().map(CompetencyDetails::of).toList(),
                f.createdAt(), f.publishedAt(), f.supersededAt(), f.lastChange(), f.observationPeriodDays());
    }

    @Override
    public int entityVersion() {
        return revision;
    }

    static String status(Framework f) {
        return f.status().name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublished() {
        return "published".equals(status);
    }
}
