package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.plan.control.PlanViews.GoalView;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.PlanViews.TaskView;
import nl.groeipad.plan.entity.Goal;
import nl.groeipad.plan.entity.GoalDetails;
import nl.groeipad.plan.entity.GoalId;
import nl.groeipad.plan.entity.Plan;
import nl.groeipad.plan.entity.PlanId;
import nl.groeipad.plan.entity.RouteStepsAchieved;
import nl.groeipad.plan.entity.TaskDetails;
import nl.groeipad.plan.entity.TaskId;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * The coach's side of plans, and the control API other features build plans with (intake suggestions,
 * routes): create a participant's plan, set goals, plan tasks, change or remove them, mark a goal achieved.
 * Every method takes the caller's session; the caller must be a coach (or admin) of the course the plan
 * belongs to, and a plan is only made for a participant of the coach's own course ({@link CourseAccess}).
 *
 * <p>Concurrency (see {@link nl.groeipad.plan.entity.Plan}): every change locks the plan first. A change to
 * or removal of a goal or task takes the {@link Precondition} its caller sent (the goal's or task's version,
 * If-Match) and is refused when that version is no longer the stored one. Adding a goal or a task, marking a
 * goal achieved and reopening it need no precondition: an addition appends (its position is assigned under the
 * lock), and achieved/reopened are idempotent state transitions that do not build on what the coach read.
 * Every answer shows the versions after the change.
 */
@ApplicationScoped
@Transactional
public class Plans {

    @Inject
    TenantData data;

    @Inject
    CourseAccess courses;

    @Inject
    PlanAccess access;

    @Inject
    PlanCalendar calendar;

    @Inject
    Event<RouteStepsAchieved> achievements;

    /** A plan for a participant of the caller's course; no dates: from today for 26 weeks. */
    public record NewPlan(String participantId, LocalDate startsOn, LocalDate endsOn, List<NewGoal> goals) {
        public NewPlan {
            Objects.requireNonNull(participantId, "participantId");
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }

    /**
     * A goal, with the tasks to plan under it straight away; {@code suggested} for a goal made from a suggestion
     * (a competency at a level), which a plan holds at most once ({@link Plan#addSuggestedGoal}).
     */
    public record NewGoal(GoalDetails details, List<TaskDetails> tasks, boolean suggested, String routeStepId) {
        public NewGoal {
            Objects.requireNonNull(details, "details");
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }

        public NewGoal(GoalDetails details, List<TaskDetails> tasks, boolean suggested) {
            this(details, tasks, suggested, null);
        }

        public NewGoal(GoalDetails details, List<TaskDetails> tasks) {
            this(details, tasks, false, null);
        }

        /** A goal made from a step of the participant's route (the route feature's step id), for route progress. */
        public static NewGoal fromRouteStep(String routeStepId, GoalDetails details, List<TaskDetails> tasks) {
            return new NewGoal(details, tasks, false, Objects.requireNonNull(routeStepId, "routeStepId"));
        }

        Goal addTo(Plan plan, Instant now) {
            return suggested ? plan.addSuggestedGoal(details, now) : plan.addGoal(details, routeStepId, now);
        }
    }

    /** How long a plan runs when the coach does not say: about half a year. */
    public static final int DEFAULT_WEEKS = 26;

    /** Creates the plan of a participant of the caller's course, with its first goals and tasks. */
    public PlanView createPlan(Session session, String courseId, NewPlan command) {
        courses.participantOf(session, courseId, command.participantId());
        if (access.planOf(courseId, command.participantId()).isPresent()) {
            throw new Conflict("plan-exists", new Text("Deze deelnemer heeft al een plan in deze cursus.",
                    "This participant already has a plan in this course."));
        }
        var now = calendar.now();
        var startsOn = command.startsOn() == null ? calendar.today() : command.startsOn();
        var endsOn = command.endsOn() == null ? startsOn.plusWeeks(DEFAULT_WEEKS) : command.endsOn();
        var plan = new Plan(courseId, command.participantId(), session.userId(), startsOn, endsOn, now);
        for (var goal : command.goals()) {
            var added = goal.addTo(plan, now);
            goal.tasks().forEach(task -> added.planTask(task, now));
        }
        data.em().persist(plan);
        data.em().flush();
        return PlanView.of(plan, calendar.today());
    }

    /** The plan of a participant of the caller's course (404 when there is none yet). */
    public PlanView planOf(Session session, String courseId, String participantId) {
        courses.coachedCourse(session, courseId);
        return access.planOf(courseId, participantId).map(p -> PlanView.of(p, calendar.today()))
                .orElseThrow(() -> NotFound.of(PlanAccess.PLAN));
    }

    /**
     * The plan of a participant of the caller's course, if there is one — for features that add to a plan or
     * start one (intake suggestions), without a 404 that would mark their transaction for rollback.
     */
    public Optional<PlanView> findPlanOf(Session session, String courseId, String participantId) {
        courses.coachedCourse(session, courseId);
        return access.planOf(courseId, participantId).map(p -> PlanView.of(p, calendar.today()));
    }

    /**
     * A plan goal that aims at a competency and a level, as another feature (completion) reads it.
     *
     * @param level "A", "B" or "C"
     */
    public record GoalTarget(String participantId, String goalId, String title, String competencyKey,
                             String competencyTitle, String level) {
    }

    /**
     * The goals with a competency and a level of every plan in the caller's course, per participant in the plan's
     * order: one statement whatever the number of participants (the coach's completion overview).
     */
    public List<GoalTarget> goalTargetsInCourse(Session session, String courseId) {
        courses.coachedCourse(session, courseId);
        return goalTargets(courseId, null);
    }

    /** The goals with a competency and a level of the caller's own plan in the course they launched from. */
    public List<GoalTarget> myGoalTargets(Session session) {
        var owner = courses.self(session);
        return goalTargets(owner.course().value(), owner.participant().value());
    }

    private List<GoalTarget> goalTargets(String courseId, String participantId) {
        var query = data.em().createQuery("select p.participantId, g.id, g.title, g.competencyKey, g.competencyTitle, "
                + "g.targetLevel from Goal g join g.plan p where p.courseId = :courseId"
                + (participantId == null ? "" : " and p.participantId = :participantId")
                + " and g.competencyKey is not null and g.targetLevel is not null order by p.participantId, g.sortOrder",
                Object[].class).setParameter("courseId", courseId);
        if (participantId != null) {
            query.setParameter("participantId", participantId);
        }
        return query.getResultList().stream().map(row -> new GoalTarget((String) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], ((Enum<?>) row[5]).name())).toList();
    }

    /** A plan by id, for a coach of its course or its own participant (with what this transaction changed). */
    public PlanView plan(Session session, PlanId planId) {
        var plan = access.planToRead(session, planId);
        data.em().flush();
        return PlanView.of(plan, calendar.today());
    }

    /** Sets a goal after the plan's last one (with its tasks); no precondition: it only appends. */
    public GoalView addGoal(Session session, PlanId planId, NewGoal command) {
        var plan = access.planToChange(session, planId);
        data.willChange(plan);
        var now = calendar.now();
        var goal = command.addTo(plan, now);
        command.tasks().forEach(task -> goal.planTask(task, now));
        return goalView(goal);
    }

    /** Rewords a goal the coach saw at the version the precondition names. */
    public GoalView changeGoal(Session session, GoalId goalId, Precondition seen, GoalDetails details) {
        var goal = access.goalToChange(session, goalId);
        seen.check(goal.version(), goal.label(), () -> GoalView.of(goal, calendar.today()));
        data.willChange(goal.plan());
        goal.change(details);
        return goalView(goal);
    }

    /** Removes a goal with its tasks, their notes and photos — the goal the coach saw at that version. */
    public void removeGoal(Session session, GoalId goalId, Precondition seen) {
        var goal = access.goalToChange(session, goalId);
        seen.check(goal.version(), goal.label(), () -> GoalView.of(goal, calendar.today()));
        data.willChange(goal.plan());
        var plan = goal.plan();
        var counted = goal.isAchieved() && goal.routeStepId().isPresent();
        plan.removeGoal(goal);
        if (counted) {
            achievementChanged(session, plan);
        }
    }

    /** An idempotent state transition: the precondition is optional (checked when sent). */
    public GoalView markAchieved(Session session, GoalId goalId, Precondition seen) {
        var goal = access.goalToChange(session, goalId);
        seen.check(goal.version(), goal.label(), () -> GoalView.of(goal, calendar.today()));
        data.willChange(goal.plan());
        var was = goal.isAchieved();
        goal.markAchieved(session.userId(), calendar.now());
        if (!was && goal.routeStepId().isPresent()) {
            achievementChanged(session, goal.plan());
        }
        return goalView(goal);
    }

    /** An idempotent state transition: the precondition is optional (checked when sent). */
    public GoalView reopen(Session session, GoalId goalId, Precondition seen) {
        var goal = access.goalToChange(session, goalId);
        seen.check(goal.version(), goal.label(), () -> GoalView.of(goal, calendar.today()));
        data.willChange(goal.plan());
        var was = goal.isAchieved();
        goal.reopen();
        if (was && goal.routeStepId().isPresent()) {
            achievementChanged(session, goal.plan());
        }
        return goalView(goal);
    }

    /** Tells the observers (route progress, and through it the LMS gradebook) which route steps' goals are achieved now. */
    private void achievementChanged(Session session, Plan plan) {
        achievements.fire(new RouteStepsAchieved(session.tenant(), plan.courseId(), plan.participantId(), PlanId.of(plan.id()),
                plan.achievedRouteSteps(), calendar.now()));
    }

    /** Plans a task under a goal, after its other tasks; no precondition: it only appends. */
    public TaskView planTask(Session session, GoalId goalId, TaskDetails details) {
        return planTask(session, goalId, details, false);
    }

    /**
     * Plans a task under a goal; when {@code alreadyDone}, the coach records work the participant already did: the
     * task is stored ticked off by the coach, dated today or earlier.
     */
    public TaskView planTask(Session session, GoalId goalId, TaskDetails details, boolean alreadyDone) {
        var goal = access.goalToChange(session, goalId);
        data.willChange(goal.plan());
        var task = alreadyDone
                ? goal.recordDoneTask(details, session.userId(), calendar.now(), calendar.today())
                : goal.planTask(details, calendar.now());
        return taskView(task);
    }

    /** Changes a task the coach saw at the version the precondition names. */
    public TaskView changeTask(Session session, TaskId taskId, Precondition seen, TaskDetails details) {
        var task = access.taskToChange(session, taskId);
        seen.check(task.version(), task.label(), () -> TaskView.of(task, calendar.today()));
        data.willChange(task.goal().plan());
        task.change(details, calendar.today());
        return taskView(task);
    }

    /** Removes a task with its note and photo — the task the coach saw at that version. */
    public void removeTask(Session session, TaskId taskId, Precondition seen) {
        var task = access.taskToChange(session, taskId);
        seen.check(task.version(), task.label(), () -> TaskView.of(task, calendar.today()));
        data.willChange(task.goal().plan());
        task.goal().removeTask(task);
    }

    /** The goal as stored now: written first, so its version (and its tasks') is the new one. */
    private GoalView goalView(Goal goal) {
        data.em().flush();
        return GoalView.of(goal, calendar.today());
    }

    private TaskView taskView(nl.groeipad.plan.entity.Task task) {
        data.em().flush();
        return TaskView.of(task, calendar.today());
    }
}
