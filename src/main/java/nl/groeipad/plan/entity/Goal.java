package nl.groeipad.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An intermediate goal (tussendoel) of a plan: small and realistic, in plain language, with a due date,
 * optionally aimed at a competency and a target level. It is open until the coach marks it achieved; the
 * coach may reopen it. Tasks are planned under a goal while it is open.
 *
 * <p>Its {@link #version()} rises when the goal itself changes (its wording, competency, level, due date,
 * achieved or reopened) — not when tasks are planned under it; its plan's version rises with every change.
 */
@Entity
@Table(name = "plan_goal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Goal.PLAN_OF, query = "select g.plan.id from Goal g where g.id = :id")
public class Goal {

    /** The id of the plan a goal belongs to, so a change can lock the plan before it reads the goal. */
    public static final String PLAN_OF = "Goal.planOf";

    @Id
    private String id;
    @Version
    private int version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;
    @Column(name = "sort_order")
    private int sortOrder;
    private String title;
    @Column(name = "competency_key")
    private String competencyKey;
    @Column(name = "competency_title")
    private String competencyTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    private TargetLevel targetLevel;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private GoalStatus status;
    @Column(name = "achieved_at")
    private Instant achievedAt;
    @Column(name = "achieved_by")
    private String achievedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    /** For a goal made from an intake suggestion: its competency and level ({@link Plan#suggestionKey}); unique per plan. */
    @Column(name = "suggested_as")
    private String suggestedAs;
    /** For a goal made from a step of the participant's route: that step (the route feature's id), for route progress. */
    @Column(name = "route_step_id")
    private String routeStepId;
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("plannedOn ASC, sortOrder ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<Task> tasks = new ArrayList<>();

    protected Goal() {
    }

    /** Goals are set through {@link Plan#addGoal}. */
    Goal(Plan plan, int sortOrder, GoalDetails details, Instant now) {
        this(plan, sortOrder, details, null, now);
    }

    /** A goal made from a step of a route (see {@link Plan#addGoal(GoalDetails, String, Instant)}). */
    static Goal fromRouteStep(Plan plan, int sortOrder, GoalDetails details, String routeStepId, Instant now) {
        var goal = new Goal(plan, sortOrder, details, null, now);
        goal.routeStepId = routeStepId;
        return goal;
    }

    /** A goal made from a suggestion (see {@link Plan#addSuggestedGoal}). */
    Goal(Plan plan, int sortOrder, GoalDetails details, String suggestedAs, Instant now) {
        this.id = Ids.newId();
        this.suggestedAs = suggestedAs;
        this.plan = Objects.requireNonNull(plan);
        this.sortOrder = sortOrder;
        this.status = GoalStatus.OPEN;
        this.createdAt = Objects.requireNonNull(now);
        describe(details);
    }

    /** Rewords the goal, or moves its due date (still within the plan's period). */
    public void change(GoalDetails details) {
        plan.checkWithinPeriod("dueOn", details.dueOn());
        describe(details);
    }

    private void describe(GoalDetails details) {
        this.title = details.title();
        this.competencyKey = details.competency() == null ? null : details.competency().key();
        this.competencyTitle = details.competency() == null ? null : details.competency().title();
        this.targetLevel = details.level();
        this.dueOn = details.dueOn();
    }

    /** Plans a task for a day within the plan's period; only while the goal is still being worked on. */
    public Task planTask(TaskDetails details, Instant now) {
        if (status == GoalStatus.ACHIEVED) {
            throw PlanRules.rejected("goal-achieved", "Dit doel is al gehaald. Zet het eerst weer open om er een taak bij te zetten.",
                    "This goal has been achieved. Reopen it first to add a task.");
        }
        plan.checkWithinPeriod("day", details.plannedOn());
        var position = tasks.stream().mapToInt(Task::position).max().orElse(-1) + 1;
        var task = new Task(this, position, details, now);
        tasks.add(task);
        return task;
    }

    /**
     * Records work the participant already did as a task that is ticked off (by the coach, {@code by}): its day is
     * today or earlier, at most a year before the plan's start (see {@link Plan#checkDoneDay}).
     */
    public Task recordDoneTask(TaskDetails details, String by, Instant now, LocalDate today) {
        if (status == GoalStatus.ACHIEVED) {
            throw PlanRules.rejected("goal-achieved", "Dit doel is al gehaald. Zet het eerst weer open om er een taak bij te zetten.",
                    "This goal has been achieved. Reopen it first to add a task.");
        }
        plan.checkDoneDay("day", details.plannedOn(), today);
        var position = tasks.stream().mapToInt(Task::position).max().orElse(-1) + 1;
        var task = new Task(this, position, details, now);
        task.recordDone(by, now);
        tasks.add(task);
        return task;
    }

    /** Drops a task planned by mistake, with its note and photo. */
    public void removeTask(Task task) {
        if (!tasks.remove(task)) {
            throw new IllegalArgumentException("not a task of this goal");
        }
    }

    /** The coach judges the goal reached. Marking it again changes nothing. */
    public void markAchieved(String coachId, Instant at) {
        if (status == GoalStatus.ACHIEVED) {
            return;
        }
        status = GoalStatus.ACHIEVED;
        achievedBy = Objects.requireNonNull(coachId);
        achievedAt = Objects.requireNonNull(at);
    }

    /** Back to open: marked achieved by mistake, or more practice is needed. */
    public void reopen() {
        status = GoalStatus.OPEN;
        achievedBy = null;
        achievedAt = null;
    }

    /** True when the goal has tasks and every one is done: a sign for the coach to look whether it is reached. */
    public boolean allTasksDone() {
        return !tasks.isEmpty() && tasks.stream().allMatch(Task::isDone);
    }

    public Optional<Task> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    public String id() {
        return id;
    }

    /** Rises when the goal itself changes (not when its tasks do); 0 until it is first stored. */
    public int version() {
        return version;
    }

    /** The goal as a person names it: "het doel ‘Op tijd komen’". */
    public Text label() {
        return new Text("het doel ‘" + title + "’", "the goal ‘" + title + "’");
    }

    public Plan plan() {
        return plan;
    }

    public int position() {
        return sortOrder;
    }

    public String title() {
        return title;
    }

    public Optional<CompetencyRef> competency() {
        return Optional.ofNullable(CompetencyRef.ofNullable(competencyKey, competencyTitle));
    }

    public Optional<TargetLevel> level() {
        return Optional.ofNullable(targetLevel);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public GoalStatus status() {
        return status;
    }

    /** The suggestion this goal was made from (competency and level), if it was made from one. */
    public Optional<String> suggestedAs() {
        return Optional.ofNullable(suggestedAs);
    }

    /** The route step this goal was made from ("Maak een plan van deze route"), if it was made from one. */
    public Optional<String> routeStepId() {
        return Optional.ofNullable(routeStepId);
    }

    /** True when open tasks are left: "achieved" is then not the obvious next step for the coach. */
    public boolean hasOpenTasks() {
        return tasks.stream().anyMatch(t -> !t.isDone());
    }

    public boolean isAchieved() {
        return status == GoalStatus.ACHIEVED;
    }

    public Optional<Instant> achievedAt() {
        return Optional.ofNullable(achievedAt);
    }

    public List<Task> tasks() {
        return Collections.unmodifiableList(tasks);
    }
}
