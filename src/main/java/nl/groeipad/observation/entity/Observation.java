package nl.groeipad.observation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A workplace observation: a coach of the course observes one participant on one or more competencies of a
 * published framework version at one level (A, B or C), optionally for a plan goal, in at least two named work
 * situations over an observation period.
 *
 * <p>Life story: started (open) by the lead observer, who confirms having read the observer's guide; situations can
 * be added while it is open; scores go into an append-only log ({@link ObservationScore}, rules in
 * {@link ScoreLog}); one other coach of the course may observe too (the second observer, whose differences of 2
 * points or more are shown); concluded once ({@link #conclude}), by the {@link ConclusionRule} or with a written
 * reason, with a result per competency by the {@link MasteryRule}. Nothing changes after that.
 *
 * <p>Its {@link #version()} rises with every change, a recorded score included (so its ETag changes whenever a
 * {@code GET} would answer differently). Adding a situation and concluding name the version they were made on.
 *
 * <p>Its competencies, indicators and situations are batch-fetched: reading the parts of the observations a query
 * found takes one statement per kind of part, not one per observation (the coach's growth chart).
 */
@Entity
@Table(name = "observation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Observation.OF_PARTICIPANT, query = """
        select o from Observation o where o.courseId = :courseId and o.participantId = :participantId
        order by o.startedAt desc, o.id""")
@NamedQuery(name = Observation.PERIODS_ENDING, query = """
        select o.participantId, min(o.endsOn) from Observation o where o.courseId = :courseId
          and o.participantId in :participantIds and o.status = :open and o.endsOn <= :until
        group by o.participantId""")
public class Observation {

    /** Per participant the earliest end of an open observation's period up to a day: one statement. */
    public static final String PERIODS_ENDING = "Observation.periodsEnding";

    public static final String OF_PARTICIPANT = "Observation.ofParticipant";
    public static final int MAX_PERIOD_DAYS = 365;
    public static final int SITUATION_NAME_MAX = 80;
    public static final int SITUATIONS_MAX = 10;
    public static final int TEXT_MAX = 1000;

    @Id
    private String id;
    @Version
    private int version;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "framework_version_id")
    private String frameworkVersionId;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "goal_id")
    private String goalId;
    @Column(name = "lead_observer_id")
    private String leadObserverId;
    @Column(name = "second_observer_id")
    private String secondObserverId;
    @Enumerated(EnumType.STRING)
    private ObservationStatus status;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "guide_confirmed_at")
    private Instant guideConfirmedAt;
    @Column(name = "concluded_at")
    private Instant concludedAt;
    @Column(name = "concluded_by")
    private String concludedBy;
    @Column(name = "concluded_early")
    private boolean concludedEarly;
    @Column(name = "concluded_incomplete")
    private boolean concludedIncomplete;
    @Column(name = "conclusion_reason")
    private String conclusionReason;
    @Column(name = "feedback_good")
    private String feedbackGood;
    @Column(name = "feedback_next")
    private String feedbackNext;

    @OneToMany(mappedBy = "observation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<ObservationCompetency> competencies = new ArrayList<>();

    @OneToMany(mappedBy = "observation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<ObservationIndicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "observation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<ObservationSituation> situations = new ArrayList<>();

    /** A competency to observe: its key and title in the framework version, and its indicators in order. */
    public record Observed(String competencyKey, String title, List<String> indicatorIds) {
        public Observed {
            Objects.requireNonNull(competencyKey);
            indicatorIds = List.copyOf(indicatorIds);
        }
    }

    /** What the coach decides when starting; the period's days are already defaulted. */
    public record Start(String courseId, String participantId, String frameworkVersionId, Level level, String goalId,
                        String leadObserverId, LocalDate startsOn, int periodDays, List<Observed> observed,
                        List<String> situationNames, boolean guideConfirmed) {
    }

    protected Observation() {
    }

    public Observation(Start start, Instant now) {
        if (!start.guideConfirmed()) {
            throw guideNotConfirmed();
        }
        if (start.periodDays() < 1 || start.periodDays() > MAX_PERIOD_DAYS) {
            throw new InvalidField("periodDays", Text.of("Kies een periode van 1 tot 365 dagen.",
                    "Choose a period of 1 to 365 days."));
        }
        var names = start.situationNames() == null ? List.<String>of() : start.situationNames();
        if (names.size() < ConclusionRule.MIN_SITUATIONS) {
            throw new InvalidField("situations", Text.of("Noem minstens 2 werksituaties, bijvoorbeeld \u2018magazijn\u2019.",
                    "Name at least 2 work situations, for example \u2018warehouse\u2019."));
        }
        if (start.observed() == null || start.observed().isEmpty()
                || start.observed().stream().anyMatch(o -> o.indicatorIds().isEmpty())) {
            throw new InvalidField("competencyKeys", Text.of(
                    "Kies minstens \u00e9\u00e9n competentie met gedragsindicatoren.",
                    "Choose at least one competency with behavioural indicators."));
        }
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(start.courseId());
        this.participantId = Objects.requireNonNull(start.participantId());
        this.frameworkVersionId = Objects.requireNonNull(start.frameworkVersionId());
        this.level = Objects.requireNonNull(start.level());
        this.goalId = start.goalId();
        this.leadObserverId = Objects.requireNonNull(start.leadObserverId());
        this.status = ObservationStatus.OPEN;
        this.startsOn = start.startsOn();
        this.endsOn = start.startsOn().plusDays(start.periodDays());
        this.startedAt = now;
        this.guideConfirmedAt = now;
        var seen = new HashSet<String>();
        for (var o : start.observed()) {
            if (!seen.add(o.competencyKey())) {
                continue;
            }
            competencies.add(new ObservationCompetency(this, competencies.size(), o.competencyKey(), o.title()));
            for (var indicator : o.indicatorIds()) {
                indicators.add(new ObservationIndicator(this, indicators.size(), indicator, o.competencyKey()));
            }
        }
        for (var name : names) {
            addSituation(name, leadObserverId, now, "situations");
        }
    }

    // ---- situations ---------------------------------------------------------------------------

    /** Another work situation, while the observation is open; names are unique (ignoring case). */
    public ObservationSituation addSituation(String name, String by, Instant now) {
        return addSituation(name, by, now, "name");
    }

    private ObservationSituation addSituation(String name, String by, Instant now, String field) {
        requireOpen();
        var n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > SITUATION_NAME_MAX) {
            throw new InvalidField(field, Text.of("Geef de werksituatie een naam van 1 tot 80 tekens.",
                    "Give the work situation a name of 1 to 80 characters."));
        }
        if (situations.stream().anyMatch(s -> s.name().equalsIgnoreCase(n))) {
            throw new InvalidField(field, Text.of("Deze werksituatie staat er al: \u2018" + n + "\u2019.",
                    "This work situation is there already: \u2018" + n + "\u2019."));
        }
        if (situations.size() >= SITUATIONS_MAX) {
            throw new InvalidField(field, Text.of("Hoogstens 10 werksituaties.", "At most 10 work situations."));
        }
        var situation = new ObservationSituation(this, situations.size(), n, by, now);
        situations.add(situation);
        return situation;
    }

    // ---- scores ---------------------------------------------------------------------------------

    /**
     * A new entry in the score log, checked against the cell's history (the observer's earlier entries for this
     * indicator in this situation): see {@link ScoreLog}. The first score of a coach of the course other than the
     * lead observer makes them the second observer; there is at most one.
     *
     * @param score null for "niet gezien / geef een opdracht"
     */
    public ObservationScore append(List<ScoreEntry> cellHistory, String indicatorId, String situationId,
                                   String observerId, Integer score, String note, String corrects, String reason,
                                   Instant now) {
        return append(cellHistory, indicatorId, situationId, observerId, score, note, corrects, reason, now, null);
    }

    /**
     * {@link #append} with the idempotency key the coach's device made for this tap (or null): stored with the
     * entry, so that a replay of the same request finds it ({@link ScoreReplay}).
     */
    public ObservationScore append(List<ScoreEntry> cellHistory, String indicatorId, String situationId,
                                   String observerId, Integer score, String note, String corrects, String reason,
                                   Instant now, String idempotencyKey) {
        requireOpen();
        if (score != null && (score < 1 || score > 5)) {
            throw new InvalidField("score", Text.of("Een score is 1, 2, 3, 4 of 5.", "A score is 1, 2, 3, 4 or 5."));
        }
        if (indicators.stream().noneMatch(i -> i.indicatorId().equals(indicatorId))) {
            throw new InvalidField("indicatorId", Text.of("Kies een gedrag van deze observatie.",
                    "Choose a behaviour of this observation."));
        }
        if (situations.stream().noneMatch(s -> s.id().equals(situationId))) {
            throw new InvalidField("situationId", Text.of("Kies een werksituatie van deze observatie.",
                    "Choose a work situation of this observation."));
        }
        if (!observerId.equals(leadObserverId)) {
            if (secondObserverId == null) {
                secondObserverId = observerId;
            } else if (!secondObserverId.equals(observerId)) {
                throw new Conflict("observers-full", Text.of(
                        "Er kijken al twee begeleiders mee met deze observatie.",
                        "Two coaches already observe in this observation."));
            }
        }
        var current = ScoreLog.current(cellHistory).stream()
                .filter(e -> e.sameCell(indicatorId, situationId, observerId)).findFirst();
        var why = ScoreLog.checkAppend(current, corrects, reason);
        return new ObservationScore(id, indicatorId, situationId, observerId, score, note, now,
                why == null ? null : corrects, why, ScoreReplay.key(idempotencyKey));
    }

    /** At most this many evidence photos per observation (each up to 2 MB). */
    public static final int MAX_PHOTOS = 30;

    /**
     * An evidence photo taken in one of this observation's work situations, optionally for one of its behaviours,
     * while it is open (409 {@code observation-concluded} after). At most {@value #MAX_PHOTOS} per observation (409
     * {@code photos-full}). Any coach of the course may add one; it does not make them the second observer.
     *
     * @param photosSoFar how many photos the observation has now
     * @param idempotencyKey the key the coach's device made for this photo, or null ({@link ScoreReplay#key})
     */
    public ObservationPhoto addPhoto(EvidencePhoto photo, String situationId, String indicatorId, String observerId,
                                     long photosSoFar, Instant now, String idempotencyKey) {
        requireOpen();
        if (situations.stream().noneMatch(s -> s.id().equals(situationId))) {
            throw new InvalidField("situationId", Text.of("Kies een werksituatie van deze observatie.",
                    "Choose a work situation of this observation."));
        }
        var indicator = ObservationPhoto.blankToNull(indicatorId);
        if (indicator != null && indicators.stream().noneMatch(i -> i.indicatorId().equals(indicator))) {
            throw new InvalidField("indicatorId", Text.of("Kies een gedrag van deze observatie.",
                    "Choose a behaviour of this observation."));
        }
        if (photosSoFar >= MAX_PHOTOS) {
            throw new Conflict("photos-full", Text.of(
                    "Deze observatie heeft al " + MAX_PHOTOS + " foto's. Meer kan niet.",
                    "This observation has " + MAX_PHOTOS + " photos already. No more can be added."));
        }
        return new ObservationPhoto(id, situationId, indicator, Objects.requireNonNull(observerId), photo, now,
                ScoreReplay.key(idempotencyKey));
    }

    // ---- concluding -----------------------------------------------------------------------------

    /** What the rule says now, on the lead observer's current entries. */
    public ConclusionRule.Verdict verdict(List<ScoreEntry> log, LocalDate today) {
        return ConclusionRule.evaluate(indicatorIds(), leadCurrent(log), today, endsOn);
    }

    /** The result per competency by the mastery rule, on the lead observer's current entries. */
    public List<CompetencyResult> results(List<ScoreEntry> log) {
        var current = leadCurrent(log);
        return competencies.stream().map(c -> MasteryRule.result(c.competencyKey(), c.competencyTitle(), level,
                indicatorIdsOf(c.competencyKey()), current)).toList();
    }

    /**
     * Concludes, once: by the rule, or — when it does not hold — with a written reason, and then marked early
     * and/or incomplete for good. The coach confirms the guide again.
     */
    public List<CompetencyResult> conclude(List<ScoreEntry> log, LocalDate today, boolean guideConfirmed,
                                           String reason, String good, String next, String by, Instant now) {
        requireOpen();
        if (!guideConfirmed) {
            throw guideNotConfirmed();
        }
        var verdict = verdict(log, today);
        var why = text(reason, "reason");
        if (!verdict.holds() && why == null) {
            var missing = verdict.missing();
            throw new InvalidField("reason", Text.of(
                    "Schrijf waarom je nu al afrondt. " + missing.stream().map(Text::nl).collect(Collectors.joining(" ")),
                    "Write why you conclude now. " + missing.stream().map(Text::en).collect(Collectors.joining(" "))));
        }
        this.feedbackGood = text(good, "feedbackGood");
        this.feedbackNext = text(next, "feedbackNext");
        this.conclusionReason = why;
        this.concludedEarly = verdict.early();
        this.concludedIncomplete = !verdict.complete();
        var results = results(log);
        for (int i = 0; i < competencies.size(); i++) {
            competencies.get(i).concluded(results.get(i));
        }
        this.status = ObservationStatus.CONCLUDED;
        this.concludedAt = now;
        this.concludedBy = by;
        return results;
    }

    // ---- reading --------------------------------------------------------------------------------

    public List<ScoreEntry> leadCurrent(List<ScoreEntry> log) {
        return ScoreLog.currentOf(log, leadObserverId);
    }

    public List<ScoreEntry> secondCurrent(List<ScoreEntry> log) {
        return secondObserverId == null ? List.of() : ScoreLog.currentOf(log, secondObserverId);
    }

    public List<String> indicatorIds() {
        return indicators.stream().map(ObservationIndicator::indicatorId).toList();
    }

    public List<String> indicatorIdsOf(String competencyKey) {
        return indicators.stream().filter(i -> i.competencyKey().equals(competencyKey))
                .map(ObservationIndicator::indicatorId).toList();
    }

    public Optional<ObservationSituation> situation(String situationId) {
        return situations.stream().filter(s -> s.id().equals(situationId)).findFirst();
    }

    public void requireOpen() {
        if (status == ObservationStatus.CONCLUDED) {
            throw new Conflict("observation-concluded", Text.of(
                    "Deze observatie is al afgerond. Begin een nieuwe observatie als je opnieuw wilt kijken.",
                    "This observation has been concluded. Start a new observation to observe again."));
        }
    }

    private static InvalidField guideNotConfirmed() {
        return new InvalidField("guideConfirmed", Text.of(
                "Lees de checklist en de valkuilen en zet het vinkje dat je ze gelezen hebt.",
                "Read the checklist and the pitfalls and tick that you have read them."));
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var t = value.strip();
        if (t.length() > TEXT_MAX) {
            throw new InvalidField(field, Text.of("Schrijf hoogstens 1000 tekens.", "Write at most 1000 characters."));
        }
        return t;
    }

    public boolean belongsTo(String courseId, String participantId) {
        return this.courseId.equals(courseId) && this.participantId.equals(participantId);
    }

    public Text label() {
        return Text.of("deze observatie", "this observation");
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String courseId() {
        return courseId;
    }

    public String participantId() {
        return participantId;
    }

    public String frameworkVersionId() {
        return frameworkVersionId;
    }

    public Level level() {
        return level;
    }

    public String goalId() {
        return goalId;
    }

    public String leadObserverId() {
        return leadObserverId;
    }

    public String secondObserverId() {
        return secondObserverId;
    }

    public ObservationStatus status() {
        return status;
    }

    public boolean isConcluded() {
        return status == ObservationStatus.CONCLUDED;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant guideConfirmedAt() {
        return guideConfirmedAt;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    public String concludedBy() {
        return concludedBy;
    }

    public boolean concludedEarly() {
        return concludedEarly;
    }

    public boolean concludedIncomplete() {
        return concludedIncomplete;
    }

    public String conclusionReason() {
        return conclusionReason;
    }

    public String feedbackGood() {
        return feedbackGood;
    }

    public String feedbackNext() {
        return feedbackNext;
    }

    public List<ObservationCompetency> competencies() {
        return List.copyOf(competencies);
    }

    public List<ObservationIndicator> indicators() {
        return List.copyOf(indicators);
    }

    public List<ObservationSituation> situations() {
        return List.copyOf(situations);
    }

    public static String levelCode(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
