package nl.groeipad.observation.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groeipad.platform.entity.Versioned;

/** How observations are shown: snapshots for JSON-B, texts already in the caller's language. */
public final class ObservationViews {

    private ObservationViews() {
    }

    /** The observer's guide, the conclusion rule and the mastery rule, in the caller's language. */
    public record GuideView(List<String> checklist, List<PitfallView> pitfalls, String conclusionRule,
                            String masteryRule, String notSeen) {
    }

    public record PitfallView(String name, String meaning) {
    }

    public record FrameworkRef(String id, String key, int version, String title) {
    }

    /**
     * One observation as its coaches see it.
     *
     * @param you      "lead" or "second" when the caller observes in it, else null (a coach who has not scored yet)
     * @param entries  the whole score log, oldest first (history is never lost); {@code current} marks the entries
     *                 no other entry corrects
     * @param check    the conclusion rule, the rater signals, the second observer's differences and the results so
     *                 far (while open)
     * @param conclusion what was concluded (null while open)
     */
    public record CoachObservationView(String id, int version, String status, String participantId,
                                       FrameworkRef framework, String level, String goalId, String leadObserverId,
                                       String secondObserverId, String you, LocalDate startsOn, LocalDate endsOn,
                                       LocalDate today, Instant startedAt, List<String> scale,
                                       List<SituationView> situations, List<CompetencyView> competencies,
                                       List<EntryView> entries, CheckView check, ConclusionView conclusion,
                                       List<PhotoView> photos)
            implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    public record SituationView(String id, String name, int position, Instant addedAt) {
    }

    public record CompetencyView(String key, String title, List<IndicatorView> indicators) {
    }

    /** @param levelText the indicator's text at the observed level */
    public record IndicatorView(String id, String code, String description, String levelText) {
    }

    /** @param observer "lead" or "second" */
    public record EntryView(String id, String indicatorId, String situationId, String observer, String observerId,
                            Integer score, String label, boolean notSeen, String note, Instant recordedAt,
                            String correctsId, String reason, boolean current) {
    }

    /**
     * An evidence photo (without its bytes; they are at its own address).
     *
     * @param observer "lead", "second", or null for another coach of the course (for the participant: null)
     */
    public record PhotoView(String id, String situationId, String situation, String indicatorId, String indicator,
                            String observer, String mediaType, int size, Instant takenAt) {
    }

    /** A photo just stored (or found again by its key), with the observation's version (also its ETag). */
    public record RecordedPhoto(PhotoView photo, int version) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    public record CheckView(boolean ruleHolds, List<String> missing, String conclusionRule, String masteryRule,
                            List<SignalView> signals, List<DifferenceView> differences, List<ResultView> results) {
    }

    public record SignalView(String code, String sentence) {
    }

    public record DifferenceView(String indicatorId, String indicator, String situationId, String situation, int lead,
                                 int second) {
    }

    public record ResultView(String competencyKey, String competencyTitle, String level, boolean reached,
                             int indicatorsReached, int indicatorsTotal, String comment) {
    }

    public record ConclusionView(Instant concludedAt, String concludedBy, boolean early, boolean incomplete,
                                 String reason, String feedbackGood, String feedbackNext, List<ResultView> results,
                                 List<DifferenceView> differences) {
    }

    /** One line of a participant's observations for the coach. */
    public record ObservationSummary(String id, int version, String status, FrameworkRef framework, String level,
                                     List<String> competencies, LocalDate startsOn, LocalDate endsOn,
                                     Instant startedAt, Instant concludedAt, boolean early, boolean incomplete) {
    }

    /** A score just recorded, with the observation's new version (also its ETag). */
    public record RecordedScore(EntryView entry, int version) implements Versioned {
        @Override
        public int entityVersion() {
            return version;
        }
    }

    public record OfflineResultView(String id, String kind, String kindLabel, LocalDate achievedOn,
                                    String competencyKey, String competencyTitle, String level, String note,
                                    String recordedBy, Instant recordedAt, boolean counts) {
    }

    /**
     * The participant's growth ("Mijn voortgang"): per competency the highest level reached by a concluded
     * observation, and the concluded observations with the coach's feedback. Never an open observation's scores.
     */
    public record ProgressView(List<CompetencyProgress> competencies, List<ConcludedView> observations,
                               String masteryRule, String offlineRule) {
    }

    /**
     * @param levelReached the highest level reached (A, B or C) by a concluded observation or a test or practical
     *                     exam from elsewhere ({@code OfflineRule}), or null
     * @param workingOn    the level of the latest observation not reached yet, or null
     */
    public record CompetencyProgress(String key, String title, String levelReached, String workingOn,
                                     List<OfflineResultView> offlineResults) {
    }

    /** @param photos the coach's evidence photos of this concluded observation */
    public record ConcludedView(String id, Instant concludedAt, String level, boolean early, boolean incomplete,
                                String feedbackGood, String feedbackNext, List<ResultView> results,
                                List<PhotoView> photos) {
    }

    /** The coach's view of a participant's growth: the levels, and per competency its scores over time. */
    public record GrowthView(ProgressView progress, List<CompetencySeries> competencies) {
    }

    /** One competency's points, oldest first. */
    public record CompetencySeries(String key, String title, List<GrowthPoint> points) {
    }

    /**
     * One observation of a competency: the day (concluded, or started while open), the level observed, its status,
     * the average of the lead observer's current scores 1–5 and how many, and whether the level was reached (null
     * while open).
     */
    public record GrowthPoint(String observationId, LocalDate on, String level, String status, double average,
                              int scores, Boolean reached) {
    }
}
