package nl.groeipad.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A participant's development plan (plan van aanpak) in one course — the aggregate of this feature.
 *
 * <p>Life story: a coach of the course creates it for a participant of that course (one plan per
 * participant per course) with a period it runs for. The coach adds small intermediate goals, each with a
 * due date within the period, and plans tasks for days within the period under each goal. The participant
 * works through the tasks day by day: ticks them off, undoes a tick, writes a short note or adds a photo;
 * each of those moves the plan's last activity. The coach marks a goal achieved when the participant shows
 * it in their work — ticking off every task does not achieve a goal by itself, because a goal is about
 * behaviour the coach observes; the plan tells the coach when a goal's tasks are all done
 * ({@link Goal#allTasksDone()}).
 *
 * <p>Concurrency: the plan's {@link #version()} rises with <em>every</em> change inside it — a goal or task set,
 * changed or removed, a tick, an undo, a note, a photo — so the ETag of the plan's representation changes
 * whenever the representation does. Every change takes the plan's row lock first
 * ({@code TenantData.findForChange}), so writers of one plan take turns: positions of new goals and tasks never
 * collide (they are also unique in the database). Goals and tasks carry versions of their own, raised only by
 * changes to themselves; a change to a goal or task names <em>that</em> version in If-Match, so two coaches
 * working on different goals of one plan, or a coach and a participant ticking tasks, never block each other.
 */
@Entity
@Table(name = "plan")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Plan.OF_PARTICIPANT,
        query = "select p from Plan p where p.courseId = :courseId and p.participantId = :participantId")
@NamedQuery(name = Plan.SUMMARIES, query = """
        select p.participantId, p.id, p.lastActivityAt,
          count(distinct g.id),
          count(distinct case when g.status = nl.groeipad.plan.entity.GoalStatus.ACHIEVED then g.id else null end),
          count(t.id),
          count(case when t.doneAt is not null then t.id else null end),
          count(case when t.doneAt is null and t.plannedOn < :today then t.id else null end),
          min(case when t.id is not null and t.doneAt is null then t.plannedOn else null end),
          min(case when t.id is not null and t.doneAt is null then function('CONCAT', t.plannedOn, t.id, t.title) else null end),
          p.version
        from Plan p left join p.goals g left join g.tasks t
        where p.courseId = :courseId and p.participantId in :participantIds
        group by p.participantId, p.id, p.lastActivityAt, p.version""")
@NamedQuery(name = Plan.VERSIONS, query = """
        select p.participantId, p.id, p.version, p.lastActivityAt from Plan p
        where p.courseId = :courseId and p.participantId in :participantIds""")
@NamedQuery(name = Plan.NEWEST_NOTES, query = """
        select p.participantId, t.noteAt from Plan p, Task t
        where t.planId = p.id and p.courseId = :courseId and p.participantId in :participantIds and t.noteAt is not null
          and t.noteAt = (select max(n.noteAt) from Task n where n.planId = p.id and n.noteAt is not null)""")
@NamedQuery(name = Plan.NEWEST_PHOTOS, query = """
        select p.participantId, t.photoAt from Plan p, Task t
        where t.planId = p.id and p.courseId = :courseId and p.participantId in :participantIds and t.photoAt is not null
          and t.photoAt = (select max(f.photoAt) from Task f where f.planId = p.id and f.photoAt is not null)""")
public class Plan {

    public static final String OF_PARTICIPANT = "Plan.ofParticipant";
    /**
     * Per plan of the given participants with a note, in one statement: participant and the moment of the newest note
     * (the attribute itself, not an aggregate, so it comes back as the mapped Instant). It selects on {@code noteAt}
     * (set exactly when there is a note, see {@link Task}) so that the index {@code ix_plan_task_plan_note} (V29) answers it.
     */
    public static final String NEWEST_NOTES = "Plan.newestNotes";
    /** As {@link #NEWEST_NOTES}, for photos. */
    public static final String NEWEST_PHOTOS = "Plan.newestPhotos";
    /**
     * One row per plan of the given participants, in one statement whatever their number: participant, plan,
     * last activity, goals, goals achieved, tasks, tasks done, tasks overdue, day of the next open task, the
     * next open task as {@code day (10 characters) + id (36) + title}, and the plan's version — the smallest such string is the earliest
     * day's task with the smallest id, so its title comes out of the same pass ({@link PlanSummary#of} cuts it).
     * One pass over the plans' goals and tasks grouped by plan (outer joins along the mappings, which carry the
     * tenant criterion in their ON clause), rather than correlated subqueries per plan: nine of those took
     * 0.2–0.3 s for 1,000 plans (docs/coach.md, benchmark).
     */
    public static final String SUMMARIES = "Plan.summaries";
    /**
     * Per plan of the given participants: participant, plan, version and last activity, from the plan's row alone;
     * what was computed from a plan at its current version need not be computed again (plan.control.CoachOverview).
     */
    public static final String VERSIONS = "Plan.versions";
    /** The longest period a plan may run for; plans are meant to be small and reviewed. */
    public static final int MAX_YEARS = 3;

    @Id
    private String id;
    @Version
    private int version;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<Goal> goals = new ArrayList<>();

    protected Plan() {
    }

    /** A new, empty plan for a participant of a course, made by a coach, running from {@code startsOn} to {@code endsOn}. */
    public Plan(String courseId, String participantId, String createdBy, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId);
        this.participantId = Objects.requireNonNull(participantId);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        this.startsOn = PlanRules.required("startsOn", startsOn);
        this.endsOn = PlanRules.required("endsOn", endsOn);
        if (endsOn.isBefore(startsOn)) {
            throw PlanRules.invalid("endsOn", "Het plan moet eindigen na de start.", "The plan must end after it starts.");
        }
        if (endsOn.isAfter(startsOn.plusYears(MAX_YEARS))) {
            throw PlanRules.invalid("endsOn", "Een plan loopt hoogstens " + MAX_YEARS + " jaar.",
                    "A plan runs for at most " + MAX_YEARS + " years.");
        }
    }

    /** Sets a new intermediate goal, after the existing ones; its due date lies within the plan's period. */
    public Goal addGoal(GoalDetails details, Instant now) {
        return addGoal(details, null, now);
    }

    /**
     * Sets a goal after the last one, made from a step of the participant's route ({@code routeStepId}, the route
     * feature's id; null: not made from a route), so that route progress can count the steps whose goal is achieved.
     */
    public Goal addGoal(GoalDetails details, String routeStepId, Instant now) {
        checkWithinPeriod("dueOn", details.dueOn());
        var position = goals.stream().mapToInt(Goal::position).max().orElse(-1) + 1;
        var goal = routeStepId == null ? new Goal(this, position, details, now)
                : Goal.fromRouteStep(this, position, details, routeStepId, now);
        goals.add(goal);
        return goal;
    }

    /** The route steps whose goal in this plan is achieved (route progress: steps done). */
    public Set<String> achievedRouteSteps() {
        var steps = new HashSet<String>();
        goals.stream().filter(Goal::isAchieved).forEach(g -> g.routeStepId().ifPresent(steps::add));
        return steps;
    }

    /**
     * Sets a goal made from a suggestion (of an intake): a competency at a level. A plan holds the same suggested
     * goal at most once — accepting the same suggestion again is refused (409 goal-in-plan; the database's unique
     * {@code (plan_id, suggested_as)} keeps it so between nodes too). Callers that want an idempotent acceptance
     * ask {@link #holdsSuggestion} first.
     */
    public Goal addSuggestedGoal(GoalDetails details, Instant now) {
        var key = suggestionKey(details).orElseThrow(() -> new IllegalArgumentException(
                "a suggested goal names a competency and a level"));
        if (holdsSuggestion(details)) {
            throw PlanRules.rejected("goal-in-plan", "Dit doel staat al in het plan: " + details.competency().title()
                    + " (niveau " + details.level() + ").", "This goal is already in the plan: "
                    + details.competency().title() + " (level " + details.level() + ").");
        }
        checkWithinPeriod("dueOn", details.dueOn());
        var position = goals.stream().mapToInt(Goal::position).max().orElse(-1) + 1;
        var goal = new Goal(this, position, details, key, now);
        goals.add(goal);
        return goal;
    }

    /** True when the plan already holds a goal made from this suggestion (same competency, same level). */
    public boolean holdsSuggestion(GoalDetails details) {
        var key = suggestionKey(details);
        return key.isPresent() && goals.stream().anyMatch(g -> g.suggestedAs().filter(key.get()::equals).isPresent());
    }

    /** What makes a suggested goal the same one: its competency's key and its level ("key/A"); empty without both. */
    public static Optional<String> suggestionKey(GoalDetails details) {
        if (details.competency() == null || details.competency().key() == null || details.level() == null) {
            return Optional.empty();
        }
        return Optional.of(details.competency().key() + "/" + details.level().name());
    }

    /** Drops a goal with its tasks (and their notes and photos): for a goal set by mistake. */
    public void removeGoal(Goal goal) {
        if (!goals.remove(goal)) {
            throw new IllegalArgumentException("not a goal of this plan");
        }
    }

    /** The participant did something on their plan (a tick, an undo, a note, a photo). */
    public void participantActed(Instant at) {
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    LocalDate checkWithinPeriod(String field, LocalDate date) {
        return PlanRules.within(field, date, startsOn, endsOn);
    }

    /**
     * The day of work already done: today or earlier, and not before a year ahead of the plan's start (work done
     * just before the plan was made counts; older work belongs in the participant's earlier results).
     */
    LocalDate checkDoneDay(String field, LocalDate date, LocalDate today) {
        return PlanRules.doneDay(field, date, startsOn.minusYears(1), today);
    }

    public boolean belongsTo(String userId) {
        return participantId.equals(userId);
    }

    public Optional<Goal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** All tasks of all goals, goal by goal. */
    public List<Task> tasks() {
        return goals.stream().flatMap(g -> g.tasks().stream()).toList();
    }

    public String id() {
        return id;
    }

    /** Rises with every change inside the plan (see the class comment); 0 until the plan is first stored. */
    public int version() {
        return version;
    }

    public String courseId() {
        return courseId;
    }

    public String participantId() {
        return participantId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Optional<Instant> lastActivityAt() {
        return Optional.ofNullable(lastActivityAt);
    }

    public List<Goal> goals() {
        return Collections.unmodifiableList(goals);
    }
}
