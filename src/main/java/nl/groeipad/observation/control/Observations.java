package nl.groeipad.observation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.OptionalDouble;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.observation.control.ObservationViews.CheckView;
import nl.groeipad.observation.control.ObservationViews.CoachObservationView;
import nl.groeipad.observation.control.ObservationViews.CompetencyProgress;
import nl.groeipad.observation.control.ObservationViews.CompetencyView;
import nl.groeipad.observation.control.ObservationViews.ConcludedView;
import nl.groeipad.observation.control.ObservationViews.ConclusionView;
import nl.groeipad.observation.control.ObservationViews.DifferenceView;
import nl.groeipad.observation.control.ObservationViews.EntryView;
import nl.groeipad.observation.control.ObservationViews.FrameworkRef;
import nl.groeipad.observation.control.ObservationViews.CompetencySeries;
import nl.groeipad.observation.control.ObservationViews.GrowthPoint;
import nl.groeipad.observation.control.ObservationViews.GrowthView;
import nl.groeipad.observation.control.ObservationViews.GuideView;
import nl.groeipad.observation.control.ObservationViews.IndicatorView;
import nl.groeipad.observation.control.ObservationViews.ObservationSummary;
import nl.groeipad.observation.control.ObservationViews.OfflineResultView;
import nl.groeipad.observation.control.ObservationViews.PhotoView;
import nl.groeipad.observation.control.ObservationViews.PitfallView;
import nl.groeipad.observation.control.ObservationViews.ProgressView;
import nl.groeipad.observation.control.ObservationViews.RecordedScore;
import nl.groeipad.observation.control.ObservationViews.ResultView;
import nl.groeipad.observation.control.ObservationViews.SignalView;
import nl.groeipad.observation.control.ObservationViews.SituationView;
import nl.groeipad.observation.entity.CompetencyResult;
import nl.groeipad.observation.entity.ConclusionRule;
import nl.groeipad.observation.entity.MasteryRule;
import nl.groeipad.observation.entity.Observation;
import nl.groeipad.observation.entity.ObservationStatus;
import nl.groeipad.observation.entity.ObservationConcluded;
import nl.groeipad.observation.entity.ObservationPhoto;
import nl.groeipad.observation.entity.ObservationScore;
import nl.groeipad.observation.entity.ObserverGuide;
import nl.groeipad.observation.entity.OfflineKind;
import nl.groeipad.observation.entity.OfflineResult;
import nl.groeipad.observation.entity.OfflineRule;
import nl.groeipad.observation.entity.RaterSignals;
import nl.groeipad.observation.entity.ScoreEntry;
import nl.groeipad.observation.entity.ScoreLog;
import nl.groeipad.observation.entity.ScoreReplay;
import nl.groeipad.observation.entity.SecondOpinion;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * Observations and offline results, with who may do what (decided by {@link CourseAccess}):
 * <ul>
 * <li>a coach (or admin) of the participant's course starts observations, reads them, adds situations, records
 * scores, concludes, records offline results;</li>
 * <li>the participant reads only their growth: concluded observations and offline results
 * ({@link #myProgress}), never the scores of an open observation;</li>
 * <li>a participant on the coach's part gets 403; a coach of another course, another organisation: 404.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class Observations {

    static final Text OBSERVATION = Text.of("deze observatie", "this observation");

    @Inject
    TenantData data;

    @Inject
    PlanCalendar calendar;

    @Inject
    Frameworks frameworks;

    @Inject
    Plans plans;

    @Inject
    CourseAccess access;

    @Inject
    Event<ObservationConcluded> concluded;

    /** What the coach chooses when starting an observation; see the API for defaults. */
    public record StartObservation(String frameworkVersionId, List<String> competencyKeys, String level,
                                   String goalId, Integer periodDays, List<String> situations,
                                   boolean guideConfirmed) {
    }

    /** One score: 1–5, or {@code score} null with {@code notSeen} for "niet gezien / geef een opdracht". */
    public record RecordScore(String indicatorId, String situationId, Integer score, boolean notSeen, String note,
                              String corrects, String reason, String key) {
    }

    public record Conclude(boolean guideConfirmed, String reason, String feedbackGood, String feedbackNext) {
    }

    public record RecordOffline(String kind, java.time.LocalDate achievedOn, String competencyKey, String level,
                                String note) {
    }

    // ---- the guide -------------------------------------------------------------------------------------------

    /** The checklist and pitfalls, and the rules, for coaches. */
    public GuideView guide(Session session) {
        access.requireCoach(session);
        var lang = session.language();
        return new GuideView(ObserverGuide.CHECKLIST.stream().map(t -> t.in(lang)).toList(),
                ObserverGuide.PITFALLS.stream().map(p -> new PitfallView(p.name().in(lang), p.meaning().in(lang)))
                        .toList(),
                ConclusionRule.TEXT.in(lang), MasteryRule.TEXT.in(lang),
                Text.of("Niet gezien / geef een opdracht", "Not seen / give an assignment").in(lang));
    }

    // ---- the coach -------------------------------------------------------------------------------------------

    public CoachObservationView start(Session session, String courseId, String participantId, StartObservation command) {
        access.participantOf(session, courseId, participantId);
        var framework = publishedVersion(session, command.frameworkVersionId());
        var level = Level.parse(command.level()).orElseThrow(() -> new InvalidField("level",
                Text.of("Kies niveau A, B of C.", "Choose level A, B or C.")));
        var observed = observed(framework, command.competencyKeys());
        var goalId = blank(command.goalId()) ? null : command.goalId().strip();
        if (goalId != null && plans.findPlanOf(session, courseId, participantId).stream()
                .flatMap(p -> p.goals().stream()).noneMatch(g -> g.id().equals(goalId))) {
            throw new InvalidField("goalId", Text.of("Kies een doel uit het plan van deze deelnemer.",
                    "Choose a goal of this participant's plan."));
        }
        // the framework version's own period (issue 9 §1), unless the coach chose another
        var days = command.periodDays() == null ? framework.observationPeriodDays() : command.periodDays();
        var observation = new Observation(new Observation.Start(courseId, participantId, framework.id(), level, goalId,
                session.userId(), calendar.today(), days, observed, command.situations(), command.guideConfirmed()),
                calendar.now());
        data.em().persist(observation);
        data.em().flush();
        return view(session, observation, framework, List.of());
    }

    /** The participant's observations in this course, newest first. */
    public List<ObservationSummary> list(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        var refs = new HashMap<String, FrameworkRef>();
        return ofParticipant(courseId, participantId).stream().map(o -> new ObservationSummary(o.id(), o.version(),
                o.status().json(), refs.computeIfAbsent(o.frameworkVersionId(), id -> ref(frameworks.version(session, id))),
                o.level().name(), o.competencies().stream().map(c -> c.competencyTitle()).toList(), o.startsOn(),
                o.endsOn(), o.startedAt(), o.concludedAt(), o.concludedEarly(), o.concludedIncomplete())).toList();
    }

    public CoachObservationView observation(Session session, String courseId, String participantId, String id) {
        var observation = find(session, courseId, participantId, id);
        return view(session, observation);
    }

    /** Another work situation; builds on what the coach read: If-Match required. */
    public CoachObservationView addSituation(Session session, String courseId, String participantId, String id,
                                             Precondition seen, String name) {
        var observation = forChange(session, courseId, participantId, id, seen);
        observation.addSituation(name, session.userId(), calendar.now());
        data.em().flush();
        return view(session, observation);
    }

    /**
     * Appends one score to the log: one small transaction — the observation row locked, its indicators and
     * situations, the one cell's history, one insert, the version raised. No precondition needed (an append;
     * a correction names the entry it corrects instead); one that is sent is checked.
     */
    public RecordedScore record(Session session, String courseId, String participantId, String id, Precondition seen,
                                RecordScore command) {
        if (command.score() == null && !command.notSeen()) {
            throw new InvalidField("score", Text.of("Kies een score van 1 tot 5, of \u201cniet gezien\u201d.",
                    "Choose a score from 1 to 5, or \u201cnot seen\u201d."));
        }
        if (command.score() != null && command.notSeen()) {
            throw new InvalidField("notSeen", Text.of("Kies een score of \u201cniet gezien\u201d, niet allebei.",
                    "Choose a score or \u201cnot seen\u201d, not both."));
        }
        var key = ScoreReplay.key(command.key());
        access.participantOf(session, courseId, participantId);
        var observation = data.findForChange(Observation.class, id).filter(o -> o.belongsTo(courseId, participantId))
                .orElseThrow(() -> NotFound.of(OBSERVATION));
        if (key != null) {
            // A replay (the offline queue sending again): the entry stored the first time, never a second one.
            // The observation row is locked, so replays of one observation do not race; the unique key
            // (tenant, key) settles any other race.
            var stored = data.em().createNamedQuery(ObservationScore.BY_KEY, ObservationScore.class)
                    .setParameter("key", key).getResultList();
            if (!stored.isEmpty()) {
                var entry = ScoreReplay.replay(stored.getFirst().observationId(), stored.getFirst().entry(),
                        new ScoreReplay.Request(observation.id(), command.indicatorId(), command.situationId(),
                                session.userId(), command.score(), command.note(), command.corrects()));
                return new RecordedScore(entry(observation, entry, true, null), observation.version());
            }
        }
        seen.check(observation.version(), observation.label(), () -> view(session, observation));
        data.willChange(observation);
        var history = data.em().createNamedQuery(ObservationScore.OF_CELL, ObservationScore.class)
                .setParameter("observationId", observation.id()).setParameter("indicatorId", command.indicatorId())
                .setParameter("situationId", command.situationId()).setParameter("observerId", session.userId())
                .getResultList().stream().map(ObservationScore::entry).toList();
        var score = observation.append(history, command.indicatorId(), command.situationId(), session.userId(),
                command.score(), command.note(), command.corrects(), command.reason(), calendar.now(), key);
        data.em().persist(score);
        data.em().flush();
        return new RecordedScore(entry(observation, score.entry(), true, null), observation.version());
    }

    /** Concludes by the rule, or early/incomplete with a reason; fires {@link ObservationConcluded}. If-Match required. */
    public CoachObservationView conclude(Session session, String courseId, String participantId, String id,
                                         Precondition seen, Conclude command) {
        var observation = forChange(session, courseId, participantId, id, seen);
        var log = log(observation);
        var results = observation.conclude(log, calendar.today(), command.guideConfirmed(), command.reason(),
                command.feedbackGood(), command.feedbackNext(), session.userId(), calendar.now());
        data.em().flush();
        concluded.fire(new ObservationConcluded(session.tenant(), observation.courseId(), observation.participantId(),
                observation.id(), results, observation.concludedAt()));
        return view(session, observation, frameworks.version(session, observation.frameworkVersionId()), log);
    }

    // ---- offline results -------------------------------------------------------------------------------------

    public OfflineResultView recordOffline(Session session, String courseId, String participantId, RecordOffline command) {
        access.participantOf(session, courseId, participantId);
        var kind = OfflineKind.parse(command.kind()).orElseThrow(() -> new InvalidField("kind", Text.of(
                "Kies training, test of practical-exam.", "Choose training, test or practical-exam.")));
        var level = Level.parse(command.level()).orElseThrow(() -> new InvalidField("level",
                Text.of("Kies niveau A, B of C.", "Choose level A, B or C.")));
        var competency = blank(command.competencyKey()) || command.competencyKey().length() > 36 ? null
                : frameworks.competencyByKey(session, command.competencyKey().strip()).orElse(null);
        if (competency == null) {
            throw new InvalidField("competencyKey", Text.of("Kies een competentie uit een gepubliceerd raamwerk.",
                    "Choose a competency of a published framework."));
        }
        var result = new OfflineResult(courseId, participantId, kind, command.achievedOn(), competency.competency().key(),
                competency.competency().title(), level, command.note(), session.userId(), calendar.today(),
                calendar.now());
        data.em().persist(result);
        data.em().flush();
        return offline(result, session.language());
    }

    public List<OfflineResultView> offlineResults(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        return offlineOf(courseId, participantId).stream().map(r -> offline(r, session.language())).toList();
    }

    // ---- the participant -------------------------------------------------------------------------------------

    /** "Mijn voortgang": concluded observations and offline results only. */
    public ProgressView myProgress(Session session) {
        var owner = access.self(session);
        return progressOf(owner.course().value(), owner.participant().value(), session.language());
    }

    /**
     * The coach's view of a participant's growth: the same levels as "Mijn voortgang", and per competency the
     * average of the lead observer's current scores (1–5, "niet gezien" left out) in each observation, oldest first,
     * open observations included (marked). The number of statements does not grow with the number of observations:
     * the observations, their competencies and indicators (batch-fetched) and all their scores are one statement each.
     */
    public GrowthView growth(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        var lang = session.language();
        var all = ofParticipant(courseId, participantId);
        var logs = logsOf(all);
        var series = new LinkedHashMap<String, List<GrowthPoint>>();
        var titles = new LinkedHashMap<String, String>();
        for (var o : all.reversed()) {
            var competencyOf = new HashMap<String, String>();
            o.indicators().forEach(i -> competencyOf.put(i.indicatorId(), i.competencyKey()));
            var current = ScoreLog.currentOf(logs.getOrDefault(o.id(), List.of()), o.leadObserverId());
            for (var c : o.competencies()) {
                titles.putIfAbsent(c.competencyKey(), c.competencyTitle());
                var scores = current.stream().filter(e -> e.score() != null)
                        .filter(e -> c.competencyKey().equals(competencyOf.get(e.indicatorId())))
                        .mapToInt(ScoreEntry::score).toArray();
                if (scores.length == 0) {
                    continue;
                }
                var average = Math.round(java.util.Arrays.stream(scores).average().orElse(0) * 10) / 10.0;
                var on = o.isConcluded() ? java.time.LocalDate.ofInstant(o.concludedAt(), java.time.ZoneOffset.UTC)
                        : o.startsOn();
                series.computeIfAbsent(c.competencyKey(), k -> new ArrayList<>()).add(new GrowthPoint(o.id(), on,
                        o.level().name(), o.status().json(), average, scores.length,
                        o.isConcluded() ? c.reached().orElse(false) : null));
            }
        }
        var list = titles.entrySet().stream().map(e -> new CompetencySeries(e.getKey(), e.getValue(),
                series.getOrDefault(e.getKey(), List.of()))).toList();
        return new GrowthView(progressOf(courseId, participantId, lang), list);
    }

    private ProgressView progressOf(String courseId, String participantId, String lang) {
        var competencies = new LinkedHashMap<String, String>();
        var reached = new HashMap<String, Level>();
        var workingOn = new HashMap<String, Level>();
        var concludedViews = new ArrayList<ConcludedView>();
        var observations = ofParticipant(courseId, participantId).stream().filter(Observation::isConcluded).toList();
        var photos = observations.isEmpty() ? List.<ObservationPhoto.Info>of()
                : data.em().createNamedQuery(ObservationPhoto.INFO_OF_OBSERVATIONS, ObservationPhoto.Info.class)
                .setParameter("observationIds", observations.stream().map(Observation::id).toList()).getResultList();
        for (var o : observations.reversed()) { // oldest first, so the latest decides what is worked on
            var results = new ArrayList<ResultView>();
            for (var c : o.competencies()) {
                competencies.putIfAbsent(c.competencyKey(), c.competencyTitle());
                var ok = c.reached().orElse(false);
                if (ok) {
                    reached.merge(c.competencyKey(), o.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    workingOn.remove(c.competencyKey());
                } else {
                    workingOn.put(c.competencyKey(), o.level());
                }
                var total = c.indicatorsTotal() == null ? 0 : c.indicatorsTotal();
                var met = c.indicatorsReached() == null ? 0 : c.indicatorsReached();
                results.add(new ResultView(c.competencyKey(), c.competencyTitle(), o.level().name(), ok, met, total,
                        resultSentence(ok, o.level(), c.competencyTitle()).in(lang)));
            }
            var situationNames = new HashMap<String, String>();
            o.situations().forEach(s -> situationNames.put(s.id(), s.name()));
            var evidence = photos.stream().filter(p -> p.observationId().equals(o.id()))
                    .map(p -> photo(o, p, situationNames, Map.of(), false)).toList();
            concludedViews.addFirst(new ConcludedView(o.id(), o.concludedAt(), o.level().name(), o.concludedEarly(),
                    o.concludedIncomplete(), o.feedbackGood(), o.feedbackNext(), results, evidence));
        }
        var offline = offlineOf(courseId, participantId);
        offline.forEach(r -> competencies.putIfAbsent(r.competencyKey(), r.competencyTitle()));
        // A test or practical exam from elsewhere reaches its level too (OfflineRule); a training does not.
        offline.stream().filter(r -> OfflineRule.counts(r.kind())).forEach(r ->
                reached.merge(r.competencyKey(), r.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        workingOn.entrySet().removeIf(w -> reached.containsKey(w.getKey())
                && reached.get(w.getKey()).compareTo(w.getValue()) >= 0);
        var progress = competencies.entrySet().stream().map(e -> new CompetencyProgress(e.getKey(), e.getValue(),
                reached.containsKey(e.getKey()) ? reached.get(e.getKey()).name() : null,
                workingOn.containsKey(e.getKey()) ? workingOn.get(e.getKey()).name() : null,
                offline.stream().filter(r -> r.competencyKey().equals(e.getKey())).map(r -> offline(r, lang)).toList()))
                .toList();
        return new ProgressView(progress, concludedViews, MasteryRule.TEXT.in(lang), OfflineRule.TEXT.in(lang));
    }

    /**
     * For the coach's desk: per participant of the list with an open observation whose period ends within
     * {@code withinDays} days (or ended and it was not concluded), the earliest such end. One statement whatever the
     * number of participants.
     */
    public Map<String, LocalDate> periodsEnding(Session session, String courseId, List<String> participantIds,
                                                int withinDays) {
        access.coachedCourse(session, courseId);
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return data.em().createNamedQuery(Observation.PERIODS_ENDING, Object[].class).setParameter("courseId", courseId)
                .setParameter("participantIds", participantIds).setParameter("open", ObservationStatus.OPEN)
                .setParameter("until", calendar.today().plusDays(withinDays)).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row[0], row -> (LocalDate) row[1]));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Text resultSentence(boolean reached, Level level, String title) {
        return reached ? Text.of("Je hebt niveau " + level + " van \u2018" + title + "\u2019 gehaald.",
                "You reached level " + level + " of \u2018" + title + "\u2019.")
                : Text.of("Aan niveau " + level + " van \u2018" + title + "\u2019 werk je nog.",
                "You are still working on level " + level + " of \u2018" + title + "\u2019.");
    }

    private Observation find(Session session, String courseId, String participantId, String id) {
        access.participantOf(session, courseId, participantId);
        if (id == null || id.length() > 36) {
            throw NotFound.of(OBSERVATION);
        }
        var observation = data.em().find(Observation.class, id);
        if (observation == null || !observation.belongsTo(courseId, participantId)) {
            throw NotFound.of(OBSERVATION);
        }
        return observation;
    }

    /** Locked for the rest of the transaction, checked against the precondition, its version rising at commit. */
    private Observation forChange(Session session, String courseId, String participantId, String id, Precondition seen) {
        access.participantOf(session, courseId, participantId);
        var observation = data.findForChange(Observation.class, id).filter(o -> o.belongsTo(courseId, participantId))
                .orElseThrow(() -> NotFound.of(OBSERVATION));
        seen.check(observation.version(), observation.label(), () -> view(session, observation));
        data.willChange(observation);
        return observation;
    }

    private List<ScoreEntry> log(Observation observation) {
        return data.em().createNamedQuery(ObservationScore.OF_OBSERVATION, ObservationScore.class)
                .setParameter("observationId", observation.id()).getResultList().stream()
                .map(ObservationScore::entry).toList();
    }

    /** The score logs of these observations, per observation id, in one statement. */
    private Map<String, List<ScoreEntry>> logsOf(List<Observation> observations) {
        if (observations.isEmpty()) {
            return Map.of();
        }
        var logs = new HashMap<String, List<ScoreEntry>>();
        data.em().createNamedQuery(ObservationScore.OF_OBSERVATIONS, ObservationScore.class)
                .setParameter("observationIds", observations.stream().map(Observation::id).toList()).getResultStream()
                .forEach(s -> logs.computeIfAbsent(s.observationId(), k -> new ArrayList<>()).add(s.entry()));
        return logs;
    }

    private List<Observation> ofParticipant(String courseId, String participantId) {
        return data.em().createNamedQuery(Observation.OF_PARTICIPANT, Observation.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList();
    }

    private List<OfflineResult> offlineOf(String courseId, String participantId) {
        return data.em().createNamedQuery(OfflineResult.OF_PARTICIPANT, OfflineResult.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList();
    }

    private CoachObservationView view(Session session, Observation observation) {
        return view(session, observation, frameworks.version(session, observation.frameworkVersionId()),
                log(observation));
    }

    private CoachObservationView view(Session session, Observation o, FrameworkDetails framework, List<ScoreEntry> log) {
        var lang = session.language();
        var indicatorTexts = new HashMap<String, String>();
        var wanted = new HashSet<>(o.indicatorIds());
        var competencies = new ArrayList<CompetencyView>();
        for (var c : o.competencies()) {
            var details = framework.competencies().stream().filter(fc -> fc.key().equals(c.competencyKey()))
                    .findFirst();
            var indicators = details.stream().flatMap(d -> d.indicators().stream()).filter(i -> wanted.contains(i.id()))
                    .map(i -> {
                        indicatorTexts.put(i.id(), i.description());
                        return new IndicatorView(i.id(), i.code(), i.description(), switch (o.level()) {
                            case A -> i.levelA();
                            case B -> i.levelB();
                            case C -> i.levelC();
                        });
                    }).toList();
            competencies.add(new CompetencyView(c.competencyKey(), c.competencyTitle(), indicators));
        }
        var situationNames = new LinkedHashMap<String, String>();
        o.situations().forEach(s -> situationNames.put(s.id(), s.name()));
        var current = new HashSet<String>();
        ScoreLog.current(log).forEach(e -> current.add(e.id()));
        var entries = log.stream().map(e -> entry(o, e, current.contains(e.id()), framework.scale())).toList();
        var differences = SecondOpinion.differences(o.leadCurrent(log), o.secondCurrent(log)).stream()
                .map(d -> new DifferenceView(d.indicatorId(), indicatorTexts.get(d.indicatorId()), d.situationId(),
                        situationNames.get(d.situationId()), d.lead(), d.second())).toList();
        var today = calendar.today();
        CheckView check = null;
        ConclusionView conclusion = null;
        if (o.isConcluded()) {
            conclusion = new ConclusionView(o.concludedAt(), o.concludedBy(), o.concludedEarly(),
                    o.concludedIncomplete(), o.conclusionReason(), o.feedbackGood(), o.feedbackNext(),
                    o.competencies().stream().map(c -> {
                        var ok = c.reached().orElse(false);
                        var total = c.indicatorsTotal() == null ? 0 : c.indicatorsTotal();
                        var met = c.indicatorsReached() == null ? 0 : c.indicatorsReached();
                        return new ResultView(c.competencyKey(), c.competencyTitle(), o.level().name(), ok, met, total,
                                resultText(ok, o.level(), c.competencyTitle(), met, total).in(lang));
                    }).toList(), differences);
        } else {
            var verdict = o.verdict(log, today);
            var signals = RaterSignals.of(o.leadCurrent(log), situationNames, averages(o), today, o.endsOn()).stream()
                    .map(s -> new SignalView(s.code(), s.sentence().in(lang))).toList();
            check = new CheckView(verdict.holds(), verdict.missing().stream().map(t -> t.in(lang)).toList(),
                    ConclusionRule.TEXT.in(lang), MasteryRule.TEXT.in(lang), signals, differences,
                    o.results(log).stream().map(r -> result(r, lang)).toList());
        }
        var you = session.userId().equals(o.leadObserverId()) ? "lead"
                : session.userId().equals(o.secondObserverId()) ? "second" : null;
        return new CoachObservationView(o.id(), o.version(), o.status().json(), o.participantId(), ref(framework),
                o.level().name(), o.goalId(), o.leadObserverId(), o.secondObserverId(), you, o.startsOn(), o.endsOn(),
                today, o.startedAt(), framework.scale(),
                o.situations().stream().map(s -> new SituationView(s.id(), s.name(), s.position(), s.addedAt())).toList(),
                competencies, entries, check, conclusion, photos(o, situationNames, indicatorTexts, true));
    }

    /** The observation's evidence photos, oldest first, without their bytes (one statement). */
    List<PhotoView> photos(Observation o, Map<String, String> situationNames, Map<String, String> indicatorTexts,
                           boolean forCoach) {
        return data.em().createNamedQuery(ObservationPhoto.INFO_OF_OBSERVATION, ObservationPhoto.Info.class)
                .setParameter("observationId", o.id()).getResultList().stream()
                .map(p -> photo(o, p, situationNames, indicatorTexts, forCoach)).toList();
    }

    static PhotoView photo(Observation o, ObservationPhoto.Info p, Map<String, String> situationNames,
                           Map<String, String> indicatorTexts, boolean forCoach) {
        var observer = !forCoach ? null : p.observerId().equals(o.leadObserverId()) ? "lead"
                : p.observerId().equals(o.secondObserverId()) ? "second" : null;
        return new PhotoView(p.id(), p.situationId(), situationNames.get(p.situationId()), p.indicatorId(),
                p.indicatorId() == null ? null : indicatorTexts.get(p.indicatorId()), observer, p.mediaType(), p.size(),
                p.takenAt());
    }

    private static ResultView result(CompetencyResult r, String lang) {
        return new ResultView(r.competencyKey(), r.competencyTitle(), r.level().name(), r.reached(),
                r.indicatorsReached(), r.indicatorsTotal(),
                resultText(r.reached(), r.level(), r.competencyTitle(), r.indicatorsReached(), r.indicatorsTotal())
                        .in(lang));
    }

    private static Text resultText(boolean reached, Level level, String title, int met, int total) {
        return reached ? Text.of("Niveau " + level + " van \u2018" + title + "\u2019 is gehaald.",
                "Level " + level + " of \u2018" + title + "\u2019 is reached.")
                : Text.of("Niveau " + level + " van \u2018" + title + "\u2019 is nog niet gehaald: " + met + " van de "
                        + total + " gedragingen kregen een 4 of hoger in twee situaties.",
                "Level " + level + " of \u2018" + title + "\u2019 is not reached yet: " + met + " of " + total
                        + " behaviours scored 4 or higher in two situations.");
    }

    private static EntryView entry(Observation o, ScoreEntry e, boolean current, List<String> scale) {
        var observer = e.observerId().equals(o.leadObserverId()) ? "lead" : "second";
        var label = e.notSeen() || scale == null ? null : scale.get(e.score() - 1);
        return new EntryView(e.id(), e.indicatorId(), e.situationId(), observer, e.observerId(), e.score(), label,
                e.notSeen(), e.note(), e.recordedAt(), e.correctsId(), e.reason(), current);
    }

    /** This coach's and the organisation's averages in other observations (current scores 1–5). */
    private RaterSignals.Averages averages(Observation o) {
        var coach = (Double) data.em().createNamedQuery(ObservationScore.AVERAGE_OF_OBSERVER)
                .setParameter("observerId", o.leadObserverId()).setParameter("observationId", o.id()).getSingleResult();
        var all = (Double) data.em().createNamedQuery(ObservationScore.AVERAGE)
                .setParameter("observationId", o.id()).getSingleResult();
        return new RaterSignals.Averages(coach == null ? OptionalDouble.empty() : OptionalDouble.of(coach),
                all == null ? OptionalDouble.empty() : OptionalDouble.of(all));
    }

    private static OfflineResultView offline(OfflineResult r, String lang) {
        return new OfflineResultView(r.id(), r.kind().json(), r.kind().label().in(lang), r.achievedOn(),
                r.competencyKey(), r.competencyTitle(), r.level().name(), r.note(), r.recordedBy(), r.recordedAt(),
                OfflineRule.counts(r.kind()));
    }

    private static FrameworkRef ref(FrameworkDetails f) {
        return new FrameworkRef(f.id(), f.key(), f.version(), f.title());
    }

    private FrameworkDetails publishedVersion(Session session, String versionId) {
        if (blank(versionId) || versionId.length() > 36) {
            throw new InvalidField("frameworkVersionId", Text.of("Kies een gepubliceerd raamwerk.",
                    "Choose a published framework."));
        }
        FrameworkDetails framework;
        try {
            framework = frameworks.version(session, versionId.strip());
        } catch (NotFound e) {
            throw new InvalidField("frameworkVersionId", Text.of("Dit raamwerk bestaat niet.",
                    "This framework does not exist."));
        }
        if (!framework.isPublished()) {
            throw new InvalidField("frameworkVersionId", Text.of("Kies een raamwerk dat gepubliceerd is.",
                    "Choose a published framework."));
        }
        return framework;
    }

    /** The chosen competencies with their indicators, in the framework's order. */
    static List<Observation.Observed> observed(FrameworkDetails framework, List<String> competencyKeys) {
        if (competencyKeys == null || competencyKeys.isEmpty()) {
            throw new InvalidField("competencyKeys", Text.of("Kies minstens \u00e9\u00e9n competentie.",
                    "Choose at least one competency."));
        }
        var wanted = new HashSet<>(competencyKeys);
        var known = new HashSet<String>();
        framework.competencies().forEach(c -> known.add(c.key()));
        if (!known.containsAll(wanted)) {
            throw new InvalidField("competencyKeys", Text.of("Kies competenties uit dit raamwerk.",
                    "Choose competencies of this framework."));
        }
        return framework.competencies().stream().filter(c -> wanted.contains(c.key()))
                .map(c -> new Observation.Observed(c.key(), c.title(),
                        c.indicators().stream().map(FrameworkDetails.IndicatorDetails::id).toList()))
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
