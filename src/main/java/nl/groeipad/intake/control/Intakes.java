package nl.groeipad.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groeipad.competency.control.FrameworkDetails;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.competency.entity.Score;
import nl.groeipad.intake.control.IntakeViews.CoachIntakeView;
import nl.groeipad.intake.control.IntakeViews.FrameworkRef;
import nl.groeipad.intake.control.IntakeViews.IntakeSummary;
import nl.groeipad.intake.control.IntakeViews.IntakeView;
import nl.groeipad.intake.control.IntakeViews.Lookup;
import nl.groeipad.intake.entity.Intake;
import nl.groeipad.intake.entity.SelfAssessment;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.people.control.People;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Access.Work;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * Intakes, with who may do what (see package-info; decided by {@link CourseAccess}):
 * <ul>
 * <li>a participant works on their own intake in the course they launched from: starts one on the organisation's
 * default framework when the coach has not, answers, pauses and resumes, completes; nothing else;</li>
 * <li>a coach (or admin) of the participant's course starts intakes, reads answers, records the observation,
 * reopens a completed intake, and reads the suggestions;</li>
 * <li>a participant trying a coach's action gets 403, as does a coach on the participant's own part; anyone else
 * never learns an intake exists (404). Other tenants' data is out of reach through {@link TenantData}.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class Intakes {

    static final Text INTAKE = Text.of("deze intake", "this intake");

    /** The demo framework "Werknemersvaardigheden (WPO-stijl)": the default when an organisation has it. */
    public static final String STARTER_FRAMEWORK_KEY = "33bf07cf-48aa-43c1-b27d-e4900d3d3cba";

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    Frameworks frameworks;

    @Inject
    CourseAccess access;

    @Inject
    IntakeSuggestions suggestions;

    @Inject
    People people;

    /** What a coach chooses when starting an intake; nulls mean the default framework and all its competencies. */
    public record StartIntake(String frameworkVersionId, List<String> competencyKeys) {
    }

    // ---- the participant --------------------------------------------------------------------------------------

    /** The participant's current (latest) intake in their course; status "none" (and nothing else) before the first. */
    public IntakeView mine(Session session) {
        return latest(session.courseId(), ownParticipant(session)).map(intake -> participantView(session, intake))
                .orElseGet(IntakeView::none);
    }

    /**
     * The participant starts an intake, when there is none yet: on the published framework version they name, or on
     * the default framework. A version they cannot see (another organisation's, a draft, an unknown id) is not
     * found — never silently replaced by another framework.
     */
    public IntakeView startMine(Session session, String frameworkVersionId) {
        var participant = ownParticipant(session);
        if (latest(session.courseId(), participant).isPresent()) {
            throw new Conflict("intake-exists", new Text(
                    "Je hebt al vragen om te beantwoorden. Ga verder waar je was.",
                    "You already have questions to answer. Carry on where you were."));
        }
        var framework = blank(frameworkVersionId) ? defaultFramework(session) : visibleVersion(session, frameworkVersionId);
        var intake = new Intake(session.courseId(), participant, framework.id(), session.userId(),
                questions(framework, null), clock.instant());
        data.em().persist(intake);
        data.em().flush();
        return IntakeViews.participantView(intake, Lookup.of(framework));
    }

    /**
     * Saves one answer straight away (the participant may stop at any moment). Only the participant answers,
     * one answer replaced whole: no precondition needed (one that is sent is checked).
     */
    public IntakeView answerMine(Session session, Precondition seen, String indicatorId, SelfAssessment answer) {
        var intake = ownForChange(session, seen);
        intake.answer(indicatorId, answer, clock.instant());
        return participantView(session, stored(intake));
    }

    /** Hands the intake in: a state transition, no precondition needed (one that is sent is checked). */
    public IntakeView completeMine(Session session, Precondition seen) {
        var intake = ownForChange(session, seen);
        intake.complete(clock.instant());
        return participantView(session, stored(intake));
    }

    // ---- the coach -------------------------------------------------------------------------------------------

    public CoachIntakeView start(Session session, String courseId, String participantId, StartIntake command) {
        access.participantOf(session, courseId, participantId);
        if (latest(courseId, participantId).filter(i -> !i.isCompleted()).isPresent()) {
            throw new Conflict("intake-in-progress", new Text(
                    "Deze deelnemer is nog bezig met een intake. Kijk eerst die intake af.",
                    "This participant is still working on an intake. Finish that intake first."));
        }
        var framework = command == null || blank(command.frameworkVersionId()) ? defaultFramework(session)
                : publishedVersion(session, command.frameworkVersionId());
        var intake = new Intake(courseId, participantId, framework.id(), session.userId(),
                questions(framework, command == null ? null : command.competencyKeys()), clock.instant());
        data.em().persist(intake);
        data.em().flush();
        var lookup = Lookup.of(framework);
        return IntakeViews.coachView(intake, lookup, suggestions.of(intake, lookup, session.language(), nameOf(session, intake)));
    }

    /** The participant's intakes in the course, newest first. */
    public List<IntakeSummary> list(Session session, String courseId, String participantId) {
        access.participantOf(session, courseId, participantId);
        var intakes = ofParticipant(courseId, participantId);
        var refs = new HashMap<String, FrameworkRef>();
        var out = new ArrayList<IntakeSummary>();
        for (var intake : intakes) {
            var ref = refs.computeIfAbsent(intake.frameworkVersionId(),
                    id -> FrameworkRef.of(frameworks.version(session, id)));
            out.add(IntakeViews.summary(intake, ref));
        }
        return out;
    }

    public CoachIntakeView intake(Session session, String courseId, String participantId, String intakeId) {
        return coachView(session, coachIntake(session, courseId, participantId, intakeId));
    }

    /**
     * The coach's score (1–5) and optional note for one behaviour; stored apart from the participant's answer.
     * Coaches share the observations: the precondition (the intake's version the coach saw) is required.
     */
    public CoachIntakeView observe(Session session, String courseId, String participantId, String intakeId,
                                   Precondition seen, String indicatorId, Score score, String note) {
        var intake = coachIntakeForChange(session, courseId, participantId, intakeId, seen);
        intake.observe(indicatorId, score, note, session.userId(), clock.instant());
        return coachView(session, stored(intake));
    }

    /** Opens a completed intake again, so the participant can change answers (a state transition). */
    public CoachIntakeView reopen(Session session, String courseId, String participantId, String intakeId,
                                  Precondition seen) {
        return reopen(session, courseId, participantId, intakeId, seen, null);
    }

    /** Opens a completed intake again with the coach's reason, which the participant reads (at most 500 characters). */
    public CoachIntakeView reopen(Session session, String courseId, String participantId, String intakeId,
                                  Precondition seen, String reason) {
        var intake = coachIntakeForChange(session, courseId, participantId, intakeId, seen);
        intake.reopen(clock.instant(), reason);
        return coachView(session, stored(intake));
    }

    /** Where a participant's latest intake stands, for the coach's list of who needs them. */
    public record ReviewState(String participantId, String intakeId, String status, boolean waitsForReview,
                              Instant completedAt) {
    }

    /**
     * The latest intake of each of these participants of the coach's course, in one statement whatever their
     * number; participants without an intake are left out.
     */
    public Map<String, ReviewState> reviewStates(Session session, String courseId, List<String> participantIds) {
        access.coachedCourse(session, courseId);
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        var states = new HashMap<String, ReviewState>();
        for (var intake : data.em().createNamedQuery(Intake.LATEST_OF_PARTICIPANTS, Intake.class)
                .setParameter("courseId", courseId).setParameter("participantIds", participantIds).getResultList()) {
            var state = new ReviewState(intake.participantId(), intake.id(), intake.status().json(),
                    intake.waitsForReview(), intake.completedAt());
            states.merge(intake.participantId(), state, (a, b) -> a.intakeId().compareTo(b.intakeId()) <= 0 ? a : b);
        }
        return states;
    }

    /** The intake for a coach of the participant's course to read (for other parts of this feature). */
    public Intake coachIntake(Session session, String courseId, String participantId, String intakeId) {
        access.participantOf(session, courseId, participantId);
        return Optional.ofNullable(intakeId).filter(id -> id.length() <= 36).map(id -> data.em().find(Intake.class, id))
                .filter(i -> i.courseId().equals(courseId) && i.belongsTo(participantId))
                .orElseThrow(() -> NotFound.of(INTAKE));
    }

    /**
     * The intake for a coach to change: locked for the rest of the transaction (writers of one intake take
     * turns, its version rises once), and refused (412) when the version the coach saw is not the stored one.
     */
    public Intake coachIntakeForChange(Session session, String courseId, String participantId, String intakeId,
                                       Precondition seen) {
        var intake = coachIntakeLocked(session, courseId, participantId, intakeId);
        willChange(session, intake, seen);
        return intake;
    }

    /**
     * The intake for a coach, locked for the rest of the transaction but not yet checked against a precondition:
     * for work that may turn out to change nothing (an acceptance of goals that are all in the plan already).
     */
    public Intake coachIntakeLocked(Session session, String courseId, String participantId, String intakeId) {
        access.participantOf(session, courseId, participantId);
        return data.findForChange(Intake.class, intakeId)
                .filter(i -> i.courseId().equals(courseId) && i.belongsTo(participantId))
                .orElseThrow(() -> NotFound.of(INTAKE));
    }

    /** The locked intake will change: refused (412) when the version the coach saw is not the stored one. */
    public void willChange(Session session, Intake intake, Precondition seen) {
        seen.check(intake.version(), intake.label(), () -> coachView(session, intake));
        data.willChange(intake);
    }

    /** The intake as stored now: written first, so its view shows the new version. */
    public Intake stored(Intake intake) {
        data.em().flush();
        return intake;
    }

    public CoachIntakeView coachView(Session session, Intake intake) {
        var lookup = Lookup.of(frameworks.version(session, intake.frameworkVersionId()));
        return IntakeViews.coachView(intake, lookup, suggestions.of(intake, lookup, session.language(), nameOf(session, intake)));
    }

    // ---- rules and helpers -------------------------------------------------------------------------------------

    /** The participant's name as the coach's screens use it ("Sam koos …"); null when the platform sent none. */
    private String nameOf(Session session, Intake intake) {
        return people.participant(session, intake.courseId(), intake.participantId()).name();
    }

    /** The organisation's default framework: the demo framework when published, else the first published by title. */
    static Optional<FrameworkDetails> chooseDefault(List<FrameworkDetails> published) {
        return published.stream().filter(f -> STARTER_FRAMEWORK_KEY.equals(f.key())).findFirst()
                .or(() -> published.stream().filter(f -> !f.competencies().isEmpty())
                        .min(Comparator.comparing(FrameworkDetails::title, String.CASE_INSENSITIVE_ORDER)));
    }

    private FrameworkDetails defaultFramework(Session session) {
        return chooseDefault(frameworks.publishedFrameworks(session)).orElseThrow(() -> new Conflict("no-framework",
                new Text("Er is nog geen raamwerk met competenties gepubliceerd.",
                        "No competency framework has been published yet.")));
    }

    private FrameworkDetails visibleVersion(Session session, String versionId) {
        var framework = frameworks.version(session, versionId);
        if (!framework.isPublished()) {
            throw NotFound.of(Text.of("dit raamwerk", "this framework"));
        }
        return framework;
    }

    private FrameworkDetails publishedVersion(Session session, String versionId) {
        FrameworkDetails framework;
        try {
            framework = frameworks.version(session, versionId);
        } catch (NotFound e) {
            throw new InvalidField("frameworkVersionId", new Text("Dit raamwerk bestaat niet.",
                    "This framework does not exist."));
        }
        if (!framework.isPublished()) {
            throw new InvalidField("frameworkVersionId", new Text("Kies een raamwerk dat gepubliceerd is.",
                    "Choose a published framework."));
        }
        return framework;
    }

    /** The indicators of the chosen competencies (all when none are chosen), in the framework's order. */
    static List<Intake.QuestionRef> questions(FrameworkDetails framework, List<String> competencyKeys) {
        var wanted = competencyKeys == null ? new HashSet<String>() : new HashSet<>(competencyKeys);
        var known = new HashSet<String>();
        framework.competencies().forEach(c -> known.add(c.key()));
        if (!known.containsAll(wanted)) {
            throw new InvalidField("competencyKeys", new Text("Kies competenties uit dit raamwerk.",
                    "Choose competencies of this framework."));
        }
        var refs = new ArrayList<Intake.QuestionRef>();
        for (var competency : framework.competencies()) {
            if (wanted.isEmpty() || wanted.contains(competency.key())) {
                competency.indicators().forEach(i -> refs.add(new Intake.QuestionRef(i.id(), competency.key())));
            }
        }
        return refs;
    }

    /** The participant's current intake, locked for a change and checked against the precondition. */
    private Intake ownForChange(Session session, Precondition seen) {
        var current = latest(session.courseId(), ownParticipant(session)).orElseThrow(() -> NotFound.of(INTAKE));
        var intake = data.findForChange(Intake.class, current.id()).orElseThrow(() -> NotFound.of(INTAKE));
        seen.check(intake.version(), intake.label(), () -> participantView(session, intake));
        data.willChange(intake);
        return intake;
    }

    private IntakeView participantView(Session session, Intake intake) {
        return IntakeViews.participantView(intake, Lookup.of(frameworks.version(session, intake.frameworkVersionId())));
    }

    /** The caller as a participant of the course of their session; intakes live in a course. */
    private String ownParticipant(Session session) {
        return access.self(session).participant().value();
    }

    private Optional<Intake> latest(String courseId, String participantId) {
        return ofParticipant(courseId, participantId).stream().findFirst();
    }

    private List<Intake> ofParticipant(String courseId, String participantId) {
        if (courseId == null) {
            return List.of();
        }
        return data.em().createNamedQuery(Intake.OF_PARTICIPANT, Intake.class).setParameter("courseId", courseId)
                .setParameter("participantId", participantId).getResultList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
