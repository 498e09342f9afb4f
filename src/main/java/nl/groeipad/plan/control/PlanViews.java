package nl.groeipad.plan.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.groeipad.plan.entity.CompetencyRef;
import nl.groeipad.plan.entity.Goal;
import nl.groeipad.plan.entity.LearningItemRef;
import nl.groeipad.plan.entity.Plan;
import nl.groeipad.plan.entity.PlanSummary;
import nl.groeipad.plan.entity.TargetLevel;
import nl.groeipad.plan.entity.Task;
import nl.groeipad.platform.entity.Versioned;

/**
 * What the plan looks like to the people using it: read models built inside the transaction, so nothing
 * lazy is left to load once it has ended. Dates are calendar days; {@code timing} is seen from "today" in
 * the organisation's time zone. A plan, a goal and a task each carry their {@code version} (see {@link Plan}):
 * the plan's is its ETag; a goal's or task's is what a change to it names in If-Match.
 */
public final class PlanViews {

    private PlanViews() {
    }

    public record PlanView(String id, int version, String participantId, String courseId, LocalDate startsOn,
                           LocalDate endsOn, Instant createdAt, Instant lastActivityAt, LocalDate today,
                           List<GoalView> goals) implements Versioned {

        /**
         * No plan yet: an empty state (200, no id, no goals), not an error — the participant's home asks for it on
         * every visit before the coach has made one.
         */
        static PlanView none(String participantId, String courseId, LocalDate today) {
            return new PlanView(null, 0, participantId, courseId, null, null, null, null, today, List.of());
        }

        static PlanView of(Plan plan, LocalDate today) {
            return new PlanView(plan.id(), plan.version(), plan.participantId(), plan.courseId(), plan.startsOn(),
                    plan.endsOn(),
                    plan.createdAt(), plan.lastActivityAt().orElse(null), today,
                    plan.goals().stream().map(g -> GoalView.of(g, today)).toList());
        }

        /** True when the plan holds a goal made from the suggestion of this competency at this level. */
        public boolean holdsSuggestion(String competencyKey, String level) {
            return goals.stream().anyMatch(g -> g.suggested() && competencyKey.equals(g.competencyKey())
                    && level.equals(g.level()));
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    /**
     * A goal; {@code allTasksDone} tells the coach it is time to look whether the goal is reached; {@code suggested}:
     * made from an intake suggestion (its competency at its level is then in the plan once).
     */
    public record GoalView(String id, int version, int position, String title, String competencyKey,
                           String competencyTitle, String level, LocalDate dueOn, String status, Instant achievedAt,
                           int tasksDone, int tasksTotal, boolean allTasksDone, boolean suggested,
                           List<TaskView> tasks) implements Versioned {

        static GoalView of(Goal goal, LocalDate today) {
            var tasks = goal.tasks().stream().sorted(TASK_ORDER).map(t -> TaskView.of(t, today)).toList();
            return new GoalView(goal.id(), goal.version(), goal.position(), goal.title(),
                    goal.competency().map(CompetencyRef::key).orElse(null),
                    goal.competency().map(CompetencyRef::title).orElse(null),
                    goal.level().map(TargetLevel::name).orElse(null), goal.dueOn(),
                    goal.status().name().toLowerCase(Locale.ROOT), goal.achievedAt().orElse(null),
                    (int) tasks.stream().filter(TaskView::done).count(), tasks.size(), goal.allTasksDone(),
                    goal.suggestedAs().isPresent(), tasks);
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    /**
     * A task with where it stands today: "done", "today", "overdue" or "upcoming"; {@code position} orders the
     * tasks of one day within their goal. {@code recorded}: the coach recorded it as work already done (its day is
     * when it was done; {@code doneAt} when it was recorded).
     */
    public record TaskView(String id, int version, int position, String goalId, String goalTitle, String title,
                           LocalDate day, String timing, boolean done, Instant doneAt, String catalogueItemId,
                           String itemTitle, String itemUrl, String note, Instant noteAt, boolean hasPhoto,
                           Instant photoAt, boolean recorded) implements Versioned {

        static TaskView of(Task task, LocalDate today) {
            var item = task.item();
            return new TaskView(task.id(), task.version(), task.position(), task.goal().id(), task.goal().title(),
                    task.title(), task.plannedOn(),
                    task.timing(today).name().toLowerCase(Locale.ROOT), task.isDone(), task.doneAt().orElse(null),
                    item.map(LearningItemRef::catalogueItemId).orElse(null), item.map(LearningItemRef::title).orElse(null),
                    item.map(LearningItemRef::url).orElse(null), task.note().orElse(null), task.noteAt().orElse(null),
                    task.hasPhoto(), task.photoAt().orElse(null),
                    task.doneBy().filter(by -> !task.goal().plan().belongsTo(by)).isPresent());
        }

        @Override
        public int entityVersion() {
            return version;
        }
    }

    /**
     * What a participant needs to start a task's learning material ("Begin"): the web address it opens at
     * (online material), and what to do in short steps (workplace and offline material, or an explanation of online
     * material inside Groeipad). Read from the catalogue when the task links an item that still exists, else only what
     * the task copied when it was planned.
     *
     * @param kind the catalogue's kind code ("workplace-assignment", "online-lesson", …); null for a plain link
     */
    public record LessonView(String taskId, int taskVersion, String title, boolean done, String itemTitle, String kind,
                             boolean online, String url, String description, Integer durationMinutes, String sourceName,
                             List<String> steps) {

        public LessonView {
            steps = List.copyOf(steps);
        }
    }

    /** The tasks of one goal on the board. */
    public record GoalTasks(String goalId, String goalTitle, List<TaskView> tasks) {
    }

    /**
     * The "Vandaag" task board: today's tasks grouped per goal (done ones included, so a tick can be undone),
     * the overdue ones, and those of the coming days.
     */
    public record TodayView(LocalDate date, boolean hasPlan, List<GoalTasks> today, List<TaskView> overdue,
                            List<TaskView> upcoming) {
    }

    /** A plan's state in one word for the coach's list: none, empty, behind (overdue tasks), on-track, done. */
    public record PlanStatus(String planId, String state, int goals, int goalsAchieved, int tasks, int tasksDone,
                             int tasksOverdue, String nextTaskTitle, LocalDate nextTaskOn) {

        static PlanStatus none() {
            return new PlanStatus(null, "none", 0, 0, 0, 0, 0, null, null);
        }

        static PlanStatus of(PlanSummary s) {
            var state = s.tasks() == 0 ? "empty" : s.tasksOverdue() > 0 ? "behind"
                    : s.tasksDone() == s.tasks() ? "done" : "on-track";
            return new PlanStatus(s.planId(), state, s.goals(), s.goalsAchieved(), s.tasks(), s.tasksDone(),
                    s.tasksOverdue(), s.nextTaskTitle(), s.nextTaskOn());
        }
    }

    /** A participant in the coach's list: who, when last seen or active, and their plan's state. */
    public record ParticipantOverview(String id, String name, Instant lastSeen, Instant lastActivity, PlanStatus plan) {
    }

    public record ParticipantsPage(List<ParticipantOverview> participants, long total) {
    }

    /** The bytes of a task's photo and their media type. */
    public record StoredPhoto(String mediaType, byte[] content) {
    }

    static final Comparator<Task> TASK_ORDER = Comparator.comparing(Task::plannedOn).thenComparing(Task::position);
}
