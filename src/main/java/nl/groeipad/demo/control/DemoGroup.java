package nl.groeipad.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.groeipad.intake.control.IntakeAcceptance;
import nl.groeipad.intake.control.Intakes;
import nl.groeipad.intake.entity.SelfAssessment;
import nl.groeipad.lti.control.LaunchRecorded;
import nl.groeipad.people.control.People;
import nl.groeipad.people.entity.PersonalDetails;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.control.TaskBoard;
import nl.groeipad.plan.entity.CompetencyRef;
import nl.groeipad.plan.entity.GoalDetails;
import nl.groeipad.plan.entity.GoalId;
import nl.groeipad.plan.entity.TargetLevel;
import nl.groeipad.plan.entity.TaskDetails;
import nl.groeipad.plan.entity.TaskId;
import nl.groeipad.platform.control.StarterContent;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Role;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.route.control.Commands.GiveRoute;
import nl.groeipad.route.control.Routes;
import nl.groeipad.route.control.StarterRoute;
import nl.groeipad.tenant.control.Registration;
import nl.groeipad.tenant.control.TenantRegistry;

/**
 * The demo organisation's group (issue 8, §17): eight participants of the demo course in the states a coach meets —
 * new, intake waiting for review, plan running, behind, goal just reached — each with a plan, the starter route and
 * an intake, their days relative to the day the group is made. Made once per demo organisation
 * ({@link StarterContent}, {@value #CONTENT}), at the first launch of its coach or admin in the demo course, through
 * the same control APIs the screens use (as that coach; answers and notes as the participant), so every coach screen
 * shows something real. Only the demo platform's registration (kind DEMO) gets it.
 */
@ApplicationScoped
public class DemoGroup {

    public static final String CONTENT = "demo-group-v1";
    private static final Logger LOG = Logger.getLogger(DemoGroup.class.getName());

    static final String ADVIES = "94d6900c-6eb1-4413-896f-6d48d50be40f";
    static final String INSTRUCTIES = "70495458-5cce-45a5-837a-404f8fe534b9";
    static final String OP_TIJD = "a0785b0f-08ce-47af-a0e1-14f2545746cb";
    static final String VEILIG = "572afc48-5b47-45f7-a167-1103f8709b32";
    static final String KWALITEIT = "d54538ea-5c17-4fb8-8788-d1d4bc7747d3";

    /** Where a member of the group stands. */
    public enum State {
        /** Just started: the intake is waiting for the participant's answers, the first task is today. */
        NEW,
        /** The intake is handed in and waits for the coach. */
        INTAKE_WAITING,
        /** Working on the plan, on track. */
        RUNNING,
        /** Tasks of past days not done. */
        BEHIND,
        /** A goal reached yesterday. */
        GOAL_REACHED
    }

    /** One member of the demo group. */
    public record Member(String subject, String givenName, String familyName, State state) {
        public String name() {
            return givenName + " " + familyName;
        }
    }

    /** The group: Dutch names, two of most states. */
    public static final List<Member> GROUP = List.of(
            new Member("demo-groep-1", "Daan", "Bakker", State.NEW),
            new Member("demo-groep-2", "Emma", "Visser", State.INTAKE_WAITING),
            new Member("demo-groep-3", "Mohamed", "El Idrissi", State.RUNNING),
            new Member("demo-groep-4", "Lisa", "de Boer", State.BEHIND),
            new Member("demo-groep-5", "Jesse", "Mulder", State.GOAL_REACHED),
            new Member("demo-groep-6", "Fenna", "Smit", State.RUNNING),
            new Member("demo-groep-7", "Ricardo", "Martina", State.BEHIND),
            new Member("demo-groep-8", "Sanne", "Hendriks", State.INTAKE_WAITING));

    @Inject
    TenantRegistry registry;

    @Inject
    StarterContent once;

    @Inject
    People people;

    @Inject
    Plans plans;

    @Inject
    TaskBoard board;

    @Inject
    Intakes intakes;

    @Inject
    IntakeAcceptance acceptance;

    @Inject
    Routes routes;

    @Inject
    StarterRoute starterRoute;

    @Inject
    PlanCalendar calendar;

    void onLaunch(@Observes(during = TransactionPhase.AFTER_SUCCESS) LaunchRecorded launch) {
        if (launch.courseId() == null || !launch.role().atLeastCoach()) {
            return;
        }
        if (launch.registrationId() == null
                || registry.byId(TenantId.of(launch.registrationId())).filter(Registration::isDemo).isEmpty()) {
            return;
        }
        try {
            seed(launch.tenant(), new Session(launch.tenant(), launch.userId(), launch.role(), launch.courseId(), "nl",
                    calendar.now().plus(Duration.ofHours(1))));
        } catch (RuntimeException failure) {
            LOG.warning(() -> "The demo group could not be made: " + failure); // the launch itself went well
        }
    }

    /** Makes the group in the coach's course unless the organisation has it; true when it did now. */
    public boolean seed(TenantId tenant, Session coach) {
        starterRoute.importInto(tenant); // the framework, catalogue and route the group works with
        return once.importOnce(tenant, CONTENT, () -> build(coach));
    }

    private void build(Session coach) {
        var course = coach.courseId();
        var template = routes.templates(coach).stream().filter(r -> StarterRoute.TITLE.equals(r.title())).findFirst();
        var today = calendar.today();
        for (int i = 0; i < GROUP.size(); i++) {
            var member = GROUP.get(i);
            // enrolled as the demo platform's launch would enrol them (the course of the coach's launch)
            var membership = people.recordLaunch(new People.LaunchedPerson(member.subject(),
                    new PersonalDetails(member.givenName(), member.familyName(), member.name(), null, "nl"),
                    Role.PARTICIPANT, DemoPlatform.CONTEXT_ID, DemoPlatform.COURSE_TITLE, DemoPlatform.COURSE_LABEL));
            if (!course.equals(membership.courseId())) {
                throw new IllegalStateException("the demo group belongs in the demo course, not in " + course);
            }
            var participant = membership.userId();
            var self = new Session(coach.tenant(), participant, Role.PARTICIPANT, course, "nl", coach.expiresAt());
            template.ifPresent(t -> routes.givePersonalRoute(coach, course, participant,
                    new GiveRoute(t.id(), null, null, false)));
            plan(coach, self, participant, member, i, today);
            intake(coach, self, participant, member, i, today);
        }
    }

    /** A plan that started some weeks ago, with goals and tasks that tell the member's state. */
    private void plan(Session coach, Session self, String participant, Member member, int i, LocalDate today) {
        var started = member.state() == State.NEW ? today : today.minusDays(21 + i);
        var goals = new ArrayList<Plans.NewGoal>();
        goals.add(new Plans.NewGoal(goal("Ik kom op tijd en meld me af als ik ziek ben", OP_TIJD, "Op tijd komen en afmelden",
                TargetLevel.B, today.plusDays(28)), List.of()));
        if (member.state() != State.NEW) {
            goals.add(new Plans.NewGoal(goal("Ik werk veilig en draag mijn beschermingsmiddelen", VEILIG, "Veilig werken",
                    TargetLevel.B, today.plusDays(42)), List.of()));
        }
        var plan = plans.createPlan(coach, coach.courseId(), new Plans.NewPlan(participant, started, today.plusWeeks(20), goals));
        var first = GoalId.of(plan.goals().getFirst().id());
        switch (member.state()) {
            case NEW -> task(coach, first, "Kennismaken met je begeleider", today, false);
            case INTAKE_WAITING -> {
                task(coach, first, "Je wekker zetten voor je werkdag", today.minusDays(3), true);
                task(coach, first, "Op tijd beginnen: om 8.00 uur bij de werkplaats", today, false);
                task(coach, first, "Oefenen met afmelden: bel je begeleider", today.plusDays(2), false);
            }
            case RUNNING -> {
                var second = GoalId.of(plan.goals().get(1).id());
                task(coach, first, "Je rooster lezen voor deze week", today.minusDays(6), true);
                task(coach, first, "Op tijd beginnen: om 8.00 uur bij de werkplaats", today.minusDays(2), true);
                task(coach, second, "Veiligheidsschoenen en handschoenen aandoen", today, false);
                task(coach, second, "Veiligheidsronde met je begeleider", today.plusDays(1), false);
                task(coach, first, "Zelf je rooster invullen", today.plusDays(4), false);
                if (i % 2 == 1) {
                    var done = plans.planTask(coach, second, new TaskDetails("Je gereedschap opruimen na het werk",
                            today, null));
                    board.tickOff(self, TaskId.of(done.id()), Precondition.none(),
                            "Alles ligt weer in de kast. De schoffel was kapot, die heb ik apart gezet.");
                }
            }
            case BEHIND -> {
                var second = GoalId.of(plan.goals().get(1).id());
                task(coach, first, "Je rooster lezen voor deze week", today.minusDays(9), true);
                task(coach, first, "Op tijd beginnen: om 8.00 uur bij de werkplaats", today.minusDays(4), false);
                task(coach, second, "Veiligheidsschoenen passen bij het magazijn", today.minusDays(2), false);
                task(coach, second, "Veiligheidsronde met je begeleider", today.plusDays(1), false);
            }
            case GOAL_REACHED -> {
                var second = GoalId.of(plan.goals().get(1).id());
                task(coach, first, "Je wekker zetten voor je werkdag", today.minusDays(12), true);
                task(coach, first, "Een week lang op tijd beginnen", today.minusDays(5), true);
                task(coach, first, "Oefenen met afmelden: bel je begeleider", today.minusDays(1), true);
                plans.markAchieved(coach, first, Precondition.none());
                task(coach, second, "Veiligheidsschoenen en handschoenen aandoen", today, false);
                task(coach, second, "Veiligheidsronde met je begeleider", today.plusDays(3), false);
            }
            default -> throw new IllegalStateException(member.state().name());
        }
    }

    /**
     * The intake on the starter framework: NEW has questions still to answer; INTAKE_WAITING handed it in; the others
     * handed it in and the coach put a suggestion in the plan (so it no longer waits).
     */
    private void intake(Session coach, Session self, String participant, Member member, int i, LocalDate today) {
        var started = intakes.start(coach, coach.courseId(), participant, null);
        if (member.state() == State.NEW) {
            return;
        }
        var answers = SelfAssessment.values();
        var questions = started.questions().stream().map(q -> q.indicatorId()).toList();
        for (int q = 0; q < questions.size(); q++) {
            intakes.answerMine(self, Precondition.none(), questions.get(q), answers[(i + q) % answers.length]);
        }
        intakes.completeMine(self, Precondition.none());
        if (member.state() == State.INTAKE_WAITING) {
            return;
        }
        var competency = i % 2 == 0 ? INSTRUCTIES : ADVIES;
        acceptance.accept(coach, coach.courseId(), participant, started.id(), Precondition.none(),
                List.of(new IntakeAcceptance.Choice(competency, "A", List.of(), today.plusDays(56))));
    }

    private static GoalDetails goal(String title, String competencyKey, String competencyTitle, TargetLevel level,
                                    LocalDate dueOn) {
        return new GoalDetails(title, new CompetencyRef(competencyKey, competencyTitle), level, dueOn);
    }

    private void task(Session coach, GoalId goalId, String title, LocalDate day, boolean done) {
        plans.planTask(coach, goalId, new TaskDetails(title, day, null), done);
    }
}
