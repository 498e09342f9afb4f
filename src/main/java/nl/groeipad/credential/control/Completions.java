package nl.groeipad.credential.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.credential.control.CompletionViews.CourseItem;
import nl.groeipad.credential.control.CompletionViews.CourseRow;
import nl.groeipad.credential.control.CompletionViews.MomentView;
import nl.groeipad.credential.control.CompletionViews.OutcomeView;
import nl.groeipad.credential.control.CompletionViews.ParticipantCompletion;
import nl.groeipad.credential.control.CompletionViews.SubjectView;
import nl.groeipad.credential.control.CompletionViews.TargetView;
import nl.groeipad.credential.entity.CompletionMoment;
import nl.groeipad.credential.entity.CompletionMoment.Kind;
import nl.groeipad.credential.entity.CompletionMoment.SubjectKind;
import nl.groeipad.credential.entity.CompletionOutcome;
import nl.groeipad.credential.entity.CompletionOutcome.Result;
import nl.groeipad.credential.entity.OutcomeLog;
import nl.groeipad.observation.control.Mastery;
import nl.groeipad.observation.entity.MasteryTarget;
import nl.groeipad.observation.entity.TargetCheck;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.people.control.People;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.plan.control.PlanViews.GoalView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.route.control.RouteViews.RouteView;
import nl.groeipad.route.control.Routes;

/**
 * Completion (afronding) of a participant's route or plan goal, for the coach (or admin) of the course
 * ({@link CourseAccess}: a participant hears 403, another course or organisation 404):
 * <ol>
 *   <li>the check: per target competency and level, whether concluded observations meet it
 *       ({@link Mastery}, the completion rule of the observation feature); if not, "Oefen nog even door" with what is missing;</li>
 *   <li>a completion moment — an assessment moment with an assessor for a certifying route — planned only when the
 *       check passes;</li>
 *   <li>its outcome (passed / not yet) recorded once, corrected only by a new entry with a reason
 *       ({@link OutcomeLog}), If-Match on the moment's version;</li>
 *   <li>a certificate is issued only for a route or goal whose latest moment's outcome is passed
 *       ({@link #requirePassed}).</li>
 * </ol>
 */
@ApplicationScoped
@Transactional
public class Completions {

    static final Text MOMENT = Text.of("dit afrondingsmoment", "this completion moment");

    @Inject
    TenantData data;

    @Inject
    CourseAccess access;

    @Inject
    Mastery mastery;

    @Inject
    Routes routes;

    @Inject
    Plans plans;

    @Inject
    People people;

    @Inject
    PlanCalendar calendar;

    /** What the coach plans: {@code subject} "route" or "goal" (then {@code goalId}), the date, the assessor, a note. */
    public record PlanMoment(String subject, String goalId, LocalDate date, String assessor, String note) {
    }

    public record RecordOutcome(String outcome, String note, String corrects, String reason) {
    }

    /** One thing to complete, as found now. */
    private record Subject(SubjectKind kind, String id, String title, boolean certifying, List<MasteryTarget> targets) {
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The participant's route and goals with their checks and moments. */
    public ParticipantCompletion of(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        var lang = session.language();
        var subjects = subjects(session, courseId, participantId);
        var moments = moments(courseId, participantId);
        var issued = issued(courseId, participantId);
        SubjectView route = null;
        var goals = new ArrayList<SubjectView>();
        for (var s : subjects) {
            var checks = mastery.check(session, courseId, participantId, s.targets());
            var view = subjectView(s, checks, moments, issued, lang);
            if (s.kind() == SubjectKind.ROUTE) {
                route = view;
            } else {
                goals.add(view);
            }
        }
        return new ParticipantCompletion(participantId, Mastery.rule().in(lang), route, goals);
    }

    /**
     * The caller's own completion check, a participant in the course they launched from (a coach hears 403): their
     * route and goals, every target "gehaald" or "Oefen nog even door" with what is missing, and whether a moment is
     * planned or passed. Never an open observation's scores.
     */
    public CompletionViews.MyCompletion mine(Session session) {
        var owner = access.self(session);
        var courseId = owner.course().value();
        var me = owner.participant().value();
        var lang = session.language();
        var subjects = new ArrayList<Subject>();
        var route = routes.myRoute(session);
        if (route.id() != null && !route.targets().isEmpty()) {
            subjects.add(subject(route));
        }
        plans.myGoalTargets(session).forEach(g -> subject(g).ifPresent(subjects::add));
        var checks = mastery.checkMine(session, subjects.stream().flatMap(s -> s.targets().stream()).toList());
        var moments = subjects.isEmpty() ? List.<CompletionMoment>of() : moments(courseId, me);
        var logs = logs(moments);
        var issued = subjects.isEmpty() ? Set.<String>of() : issued(courseId, me);
        var views = new ArrayList<CompletionViews.MySubject>();
        var at = 0;
        for (var s : subjects) {
            var mine = checks.subList(at, at + s.targets().size());
            at += s.targets().size();
            var ms = moments.stream().filter(m -> m.isFor(s.kind(), s.id())).toList();
            var state = state(Mastery.ready(mine), ms, logs, issued.contains(s.kind().json() + "/" + s.id()));
            views.add(new CompletionViews.MySubject(s.kind().json(), s.id(), s.title(), state,
                    "planned".equals(state) ? ms.getFirst().plannedOn() : null,
                    mine.stream().map(c -> new CompletionViews.MyTarget(c.competencyKey(), c.competencyTitle(),
                            c.level().name(), c.met(), c.forParticipant().in(lang),
                            c.evidence().stream().map(t -> t.in(lang)).toList())).toList()));
        }
        return new CompletionViews.MyCompletion(Mastery.rule().in(lang), views);
    }

    public MomentView moment(Session session, String courseId, String participantId, String momentId) {
        var moment = find(session, courseId, participantId, momentId);
        return view(moment, log(moment.id()), session.language());
    }

    /**
     * The coach's course overview: per participant with a route or a goal with a competency and level, its state
     * (ready for completion, planned, passed, issued, not ready with how many targets are missing).
     */
    public List<CourseRow> course(Session session, String courseId) {
        access.coachedCourse(session, courseId);
        var lang = session.language();
        var participants = people.participants(session, courseId);
        var subjectsOf = new LinkedHashMap<String, List<Subject>>();
        var targets = new HashMap<String, List<MasteryTarget>>();
        // One statement each for every route and every goal of the course: constant in the number of participants.
        var routesOf = new HashMap<String, Subject>();
        routes.activeRouteTargetsInCourse(session, courseId).forEach(r -> routesOf.putIfAbsent(r.participantId(),
                new Subject(SubjectKind.ROUTE, r.routeId(), r.title(), r.certifying(), r.targets().stream()
                        .map(t -> new MasteryTarget(t.competencyKey(), t.competencyTitle(), Level.valueOf(t.level())))
                        .toList())));
        var goalsOf = new HashMap<String, List<Subject>>();
        plans.goalTargetsInCourse(session, courseId).forEach(g -> subject(g).ifPresent(s ->
                goalsOf.computeIfAbsent(g.participantId(), k -> new ArrayList<>()).add(s)));
        for (var p : participants) {
            var subjects = new ArrayList<Subject>();
            Optional.ofNullable(routesOf.get(p.id())).ifPresent(subjects::add);
            subjects.addAll(goalsOf.getOrDefault(p.id(), List.of()));
            if (!subjects.isEmpty()) {
                subjectsOf.put(p.id(), subjects);
                targets.put(p.id(), subjects.stream().flatMap(s -> s.targets().stream()).toList());
            }
        }
        var checks = mastery.checkCourse(session, courseId, targets);
        var moments = data.em().createNamedQuery(CompletionMoment.OF_COURSE, CompletionMoment.class)
                .setParameter("courseId", courseId).getResultList();
        var logs = logs(moments);
        var issued = new HashSet<String>();
        data.em().createQuery("select c.participantId, c.subjectKind, c.subjectId from Credential c "
                        + "where c.courseId = :courseId and c.subjectId is not null", Object[].class)
                .setParameter("courseId", courseId).getResultList()
                .forEach(row -> issued.add(row[0] + "/" + row[1] + "/" + row[2]));
        var names = new HashMap<String, String>();
        participants.forEach(p -> names.put(p.id(), p.name()));
        var rows = new ArrayList<CourseRow>();
        subjectsOf.forEach((participant, subjects) -> {
            var all = checks.getOrDefault(participant, List.of());
            var items = new ArrayList<CourseItem>();
            for (var s : subjects) {
                var mine = all.stream().filter(c -> s.targets().stream().anyMatch(t -> t.competencyKey()
                        .equals(c.competencyKey()) && t.level() == c.level())).toList();
                var ms = moments.stream().filter(m -> m.participantId().equals(participant) && m.isFor(s.kind(), s.id()))
                        .toList();
                var state = state(Mastery.ready(mine), ms, logs,
                        issued.contains(participant + "/" + s.kind().json() + "/" + s.id()));
                items.add(new CourseItem(s.kind().json(), s.id(), s.title(), state,
                        (int) mine.stream().filter(c -> !c.met()).count()));
            }
            rows.add(new CourseRow(participant, names.get(participant), items));
        });
        rows.sort(Comparator.comparing(r -> r.name() == null ? "" : r.name()));
        return rows;
    }

    // ---- the coach's changes -----------------------------------------------------------------------

    /** Plans a completion or assessment moment: only when the check passes (409 not-ready naming what is missing). */
    public MomentView plan(Session session, String courseId, String participantId, PlanMoment command) {
        access.participantOf(session, courseId, participantId);
        var lang = session.language();
        var subject = subject(session, courseId, participantId, command.subject(), command.goalId());
        var checks = mastery.check(session, courseId, participantId, subject.targets());
        if (!Mastery.ready(checks)) {
            throw new Conflict("not-ready", Text.of("Oefen nog even door. " + missingNl(checks),
                    "Keep practising a little longer. " + missingEn(checks)));
        }
        var earlier = moments(courseId, participantId).stream().filter(m -> m.isFor(subject.kind(), subject.id()))
                .findFirst();
        if (earlier.isPresent()) {
            var current = OutcomeLog.current(log(earlier.get().id()));
            if (current.isEmpty()) {
                throw new Conflict("moment-planned", Text.of("Er is al een moment gepland. Leg eerst de uitslag vast.",
                        "A moment is already planned. Record its outcome first."));
            }
            if (current.get().outcome() == Result.PASSED) {
                throw new Conflict("already-passed", Text.of("Dit is al gehaald. Je kunt het certificaat uitreiken.",
                        "This has already been passed. You can issue the certificate."));
            }
        }
        var moment = new CompletionMoment(new CompletionMoment.Plan(courseId, participantId, subject.kind(),
                subject.id(), subject.title(), subject.certifying() ? Kind.ASSESSMENT : Kind.COMPLETION,
                command.date(), command.assessor(), command.note(), session.userId()), calendar.today(),
                calendar.now());
        data.em().persist(moment);
        data.em().flush();
        return view(moment, List.of(), lang);
    }

    /** Records the outcome (once; a correction names the current entry and gives a reason). If-Match required. */
    public MomentView record(Session session, String courseId, String participantId, String momentId,
                             Precondition seen, RecordOutcome command) {
        access.participantOf(session, courseId, participantId);
        var moment = data.findForChange(CompletionMoment.class, momentId)
                .filter(m -> m.belongsTo(courseId, participantId)).orElseThrow(() -> NotFound.of(MOMENT));
        var log = log(moment.id());
        seen.check(moment.version(), moment.label(), () -> view(moment, log, session.language()));
        var by = people.nameAndEmail(session.userId()).map(People.NameAndEmail::name).orElse(null);
        var outcome = moment.record(log, command.outcome(), command.note(), command.corrects(), command.reason(),
                session.userId(), by, calendar.now());
        data.em().persist(outcome);
        data.willChange(moment);
        data.em().flush();
        var after = new ArrayList<>(log);
        after.add(outcome.entry());
        return view(moment, after, session.language());
    }

    // ---- for issuing ---------------------------------------------------------------------------------

    /**
     * The route or goal a certificate may be issued for now: its latest moment's current outcome is "passed";
     * otherwise 409 {@code no-completion-outcome}.
     */
    public void requirePassed(Session session, String courseId, String participantId, String subjectKind,
                              String subjectId) {
        access.participantOf(session, courseId, participantId);
        var kind = "goal".equals(subjectKind) ? SubjectKind.GOAL : SubjectKind.ROUTE;
        var passed = moments(courseId, participantId).stream().filter(m -> m.isFor(kind, subjectId)).findFirst()
                .flatMap(m -> OutcomeLog.current(log(m.id()))).map(e -> e.outcome() == Result.PASSED).orElse(false);
        if (!passed) {
            throw new Conflict("no-completion-outcome", kind == SubjectKind.GOAL
                    ? Text.of("Een certificaat kan pas als de afronding van dit doel als gehaald is vastgelegd. "
                            + "Plan eerst de afronding en leg de uitslag vast.",
                    "A certificate needs a recorded passed completion of this goal. Plan the completion and record "
                            + "its outcome first.")
                    : Text.of("Een certificaat kan pas als de afronding van deze route als gehaald is vastgelegd. "
                            + "Plan eerst de afronding en leg de uitslag vast.",
                    "A certificate needs a recorded passed completion of this route. Plan the completion and record "
                            + "its outcome first."));
        }
    }

    /** A goal of the participant's plan that aims at a competency and level, for a certificate; 400 goalId otherwise. */
    public GoalView goal(Session session, String courseId, String participantId, String goalId) {
        return plans.findPlanOf(session, courseId, participantId).stream().flatMap(p -> p.goals().stream())
                .filter(g -> g.id().equals(goalId) && g.competencyKey() != null && g.level() != null).findFirst()
                .orElseThrow(() -> new InvalidField("goalId", Text.of(
                        "Kies een doel uit het plan van deze deelnemer met een competentie en een niveau.",
                        "Choose a goal of this participant's plan with a competency and a level.")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private List<Subject> subjects(Session session, String courseId, String participantId) {
        var subjects = new ArrayList<Subject>();
        routes.activeRouteOf(session, courseId, participantId).ifPresent(r -> subjects.add(subject(r)));
        plans.findPlanOf(session, courseId, participantId).ifPresent(plan -> plan.goals().stream()
                .map(Completions::subject).flatMap(Optional::stream).forEach(subjects::add));
        return subjects;
    }

    private Subject subject(Session session, String courseId, String participantId, String kind, String goalId) {
        if ("goal".equals(kind)) {
            if (goalId == null || goalId.isBlank()) {
                throw new InvalidField("goalId", Text.of("Kies een doel.", "Choose a goal."));
            }
            return subject(goal(session, courseId, participantId, goalId.strip())).orElseThrow();
        }
        if (kind != null && !kind.isBlank() && !"route".equals(kind)) {
            throw new InvalidField("subject", Text.of("Kies route of goal.", "Choose route or goal."));
        }
        return routes.activeRouteOf(session, courseId, participantId).map(Completions::subject)
                .filter(s -> !s.targets().isEmpty())
                .orElseThrow(() -> new InvalidField("subject", Text.of(
                        "Deze deelnemer heeft geen route met doelen.", "This participant has no route with targets.")));
    }

    private static Subject subject(RouteView route) {
        return new Subject(SubjectKind.ROUTE, route.id(), route.title(), route.certifying(), route.targets().stream()
                .map(t -> new MasteryTarget(t.competencyKey(), t.competencyTitle(), Level.valueOf(t.level()))).toList());
    }

    private static Optional<Subject> subject(GoalView goal) {
        if (goal.competencyKey() == null || goal.level() == null) {
            return Optional.empty();
        }
        return Level.parse(goal.level()).map(level -> new Subject(SubjectKind.GOAL, goal.id(), goal.title(), false,
                List.of(new MasteryTarget(goal.competencyKey(), goal.competencyTitle(), level))));
    }

    private static Optional<Subject> subject(Plans.GoalTarget goal) {
        return Level.parse(goal.level()).map(level -> new Subject(SubjectKind.GOAL, goal.goalId(), goal.title(), false,
                List.of(new MasteryTarget(goal.competencyKey(), goal.competencyTitle(), level))));
    }

    private SubjectView subjectView(Subject s, List<TargetCheck> checks, List<CompletionMoment> moments,
                                    Set<String> issued, String lang) {
        var mine = moments.stream().filter(m -> m.isFor(s.kind(), s.id())).toList();
        var logs = logs(mine);
        var ready = Mastery.ready(checks);
        var state = state(ready, mine, logs, issued.contains(s.kind().json() + "/" + s.id()));
        return new SubjectView(s.kind().json(), s.id(), s.title(), s.certifying(),
                s.certifying() ? Kind.ASSESSMENT.json() : Kind.COMPLETION.json(), state, ready,
                checks.stream().filter(c -> !c.met()).map(c -> c.missing().in(lang)).toList(),
                checks.stream().map(c -> new TargetView(c.competencyKey(), c.competencyTitle(), c.level().name(), c.met(),
                        c.state(), c.missing() == null ? null : c.missing().in(lang),
                        c.evidence().stream().map(t -> t.in(lang)).toList())).toList(),
                mine.stream().map(m -> view(m, logs.getOrDefault(m.id(), List.of()), lang)).toList());
    }

    /** The state of one route or goal from its check, its moments (newest first) and whether it was issued. */
    private static String state(boolean ready, List<CompletionMoment> moments, Map<String, List<OutcomeLog.Entry>> logs,
                                boolean issued) {
        if (!moments.isEmpty()) {
            var current = OutcomeLog.current(logs.getOrDefault(moments.getFirst().id(), List.of()));
            if (current.isEmpty()) {
                return "planned";
            }
            if (current.get().outcome() == Result.PASSED) {
                return issued ? "issued" : "passed";
            }
        }
        return ready ? "ready" : "not-ready";
    }

    private MomentView view(CompletionMoment m, List<OutcomeLog.Entry> log, String lang) {
        var current = OutcomeLog.current(log).map(OutcomeLog.Entry::id).orElse(null);
        var history = log.stream().map(e -> outcome(e, e.id().equals(current), lang)).toList().reversed();
        var now = history.stream().filter(OutcomeView::current).findFirst().orElse(null);
        return new MomentView(m.id(), m.version(), m.kind().json(), m.subjectKind().json(), m.subjectId(),
                m.subjectTitle(), m.plannedOn(), m.assessor(), m.note(), m.plannedBy(), m.plannedAt(), now, history);
    }

    private static OutcomeView outcome(OutcomeLog.Entry e, boolean current, String lang) {
        return new OutcomeView(e.id(), e.outcome().json(), OutcomeLog.words(e.outcome()).in(lang), e.note(),
                e.correctsId(), e.reason(), e.recordedBy(), e.recordedByName(), e.recordedAt(), current);
    }

    private CompletionMoment find(Session session, String courseId, String participantId, String momentId) {
        access.participantOf(session, courseId, participantId);
        if (momentId == null || momentId.length() > 36) {
            throw NotFound.of(MOMENT);
        }
        return Optional.ofNullable(data.em().find(CompletionMoment.class, momentId))
                .filter(m -> m.belongsTo(courseId, participantId)).orElseThrow(() -> NotFound.of(MOMENT));
    }

    /** The participant's moments, newest first. */
    private List<CompletionMoment> moments(String courseId, String participantId) {
        return data.em().createNamedQuery(CompletionMoment.OF_PARTICIPANT, CompletionMoment.class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList();
    }

    private List<OutcomeLog.Entry> log(String momentId) {
        return logs(List.of(momentId)).getOrDefault(momentId, List.of());
    }

    private Map<String, List<OutcomeLog.Entry>> logs(List<?> momentsOrIds) {
        if (momentsOrIds.isEmpty()) {
            return Map.of();
        }
        var ids = momentsOrIds.stream().map(o -> o instanceof CompletionMoment m ? m.id() : (String) o).toList();
        var result = new HashMap<String, List<OutcomeLog.Entry>>();
        data.em().createNamedQuery(CompletionOutcome.OF_MOMENTS, CompletionOutcome.class).setParameter("ids", ids)
                .getResultList().forEach(o -> result.computeIfAbsent(o.momentId(), k -> new ArrayList<>()).add(o.entry()));
        return result;
    }

    /** "route/{id}" and "goal/{id}" of the participant's certificates. */
    private Set<String> issued(String courseId, String participantId) {
        var issued = new HashSet<String>();
        data.em().createQuery("select c.subjectKind, c.subjectId from Credential c where c.courseId = :courseId "
                        + "and c.participantId = :participantId and c.subjectId is not null", Object[].class)
                .setParameter("courseId", courseId).setParameter("participantId", participantId).getResultList()
                .forEach(row -> issued.add(row[0] + "/" + row[1]));
        return issued;
    }

    private static String missingNl(List<TargetCheck> checks) {
        return checks.stream().filter(c -> !c.met()).map(c -> c.missing().nl()).collect(Collectors.joining(" "));
    }

    private static String missingEn(List<TargetCheck> checks) {
        return checks.stream().filter(c -> !c.met()).map(c -> c.missing().en()).collect(Collectors.joining(" "));
    }
}
