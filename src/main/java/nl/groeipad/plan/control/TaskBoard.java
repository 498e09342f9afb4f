package nl.groeipad.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.plan.control.PlanViews.GoalTasks;
import nl.groeipad.plan.control.PlanViews.LessonView;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.PlanViews.StoredPhoto;
import nl.groeipad.plan.control.PlanViews.TaskView;
import nl.groeipad.plan.control.PlanViews.TodayView;
import nl.groeipad.plan.entity.Photo;
import nl.groeipad.plan.entity.PlanId;
import nl.groeipad.plan.entity.PlanProgressChanged;
import nl.groeipad.plan.entity.Task;
import nl.groeipad.plan.entity.TaskId;
import nl.groeipad.plan.entity.TaskPhoto;
import nl.groeipad.plan.entity.Timing;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.Session;

/**
 * The participant's side: my plan, the "Vandaag" task board, and working on my tasks — tick off, undo,
 * a note, a photo. Only the participant whose plan it is may do these; their coach may look at photos.
 *
 * <p>Concurrency: each of these locks the plan first and raises the task's and the plan's version. None needs a
 * precondition: a tick and an undo are idempotent state transitions, and the note and the photo are written by
 * the participant alone (replaced as a whole). A precondition that is sent (the task's version) is checked.
 */
@ApplicationScoped
@Transactional
public class TaskBoard {

    /** How far ahead the board shows coming tasks, in days, and how many at most. */
    static final int UPCOMING_DAYS = 14;
    static final int UPCOMING_MAX = 10;

    @Inject
    TenantData data;

    @Inject
    PlanAccess access;

    @Inject
    PlanCalendar calendar;

    @Inject
    Event<PlanProgressChanged> progress;

    @Inject
    Catalogue catalogue;

    /** My plan in the course I launched from; an empty one (no id, no goals) while my coach has not made one. */
    public PlanView myPlan(Session session) {
        var today = calendar.today();
        return access.planOf(session.courseId(), session.userId()).map(p -> PlanView.of(p, today))
                .orElseGet(() -> PlanView.none(session.userId(), session.courseId(), today));
    }

    /** My task board for today. */
    public TodayView today(Session session) {
        var today = calendar.today();
        var plan = access.planOf(session.courseId(), session.userId());
        if (plan.isEmpty()) {
            return new TodayView(today, false, List.of(), List.of(), List.of());
        }
        // The goals first: the board's tasks then find their goal in the persistence context (no query per goal).
        var goalOrder = plan.get().goals();
        goalOrder.size();
        var tasks = data.em().createNamedQuery(Task.BOARD, Task.class).setParameter("planId", plan.get().id())
                .setParameter("today", today).setParameter("horizon", today.plusDays(UPCOMING_DAYS)).getResultList();
        var todayByGoal = new LinkedHashMap<String, GoalTasks>();
        for (var goal : goalOrder) {
            var ofGoal = tasks.stream().filter(t -> t.goal().id().equals(goal.id()) && t.plannedOn().equals(today))
                    .sorted(PlanViews.TASK_ORDER).map(t -> TaskView.of(t, today)).toList();
            if (!ofGoal.isEmpty()) {
                todayByGoal.put(goal.id(), new GoalTasks(goal.id(), goal.title(), ofGoal));
            }
        }
        var overdue = tasks.stream().filter(t -> t.timing(today) == Timing.OVERDUE)
                .sorted(PlanViews.TASK_ORDER).map(t -> TaskView.of(t, today)).toList();
        var upcoming = tasks.stream().filter(t -> t.timing(today) == Timing.UPCOMING)
                .sorted(PlanViews.TASK_ORDER).limit(UPCOMING_MAX).map(t -> TaskView.of(t, today)).toList();
        return new TodayView(today, true, List.copyOf(todayByGoal.values()), overdue, upcoming);
    }

    /** I did it (with a note, if I wrote one). */
    public TaskView tickOff(Session session, TaskId taskId, Precondition seen, String note) {
        var task = ownTask(session, taskId, seen);
        var wasDone = task.isDone();
        task.tickOff(session.userId(), calendar.now(), note);
        progressChanged(session, task, wasDone);
        return view(task);
    }

    /** Not done after all; my note and photo stay. */
    public TaskView undo(Session session, TaskId taskId, Precondition seen) {
        var task = ownTask(session, taskId, seen);
        var wasDone = task.isDone();
        task.undo(calendar.now());
        progressChanged(session, task, wasDone);
        return view(task);
    }

    /** Tells the observers (the LMS gradebook) when a tick or an undo changed the plan's progress. */
    private void progressChanged(Session session, Task task, boolean wasDone) {
        if (task.isDone() == wasDone) {
            return;
        }
        var plan = task.goal().plan();
        var tasks = plan.tasks();
        var done = (int) tasks.stream().filter(Task::isDone).count();
        progress.fire(new PlanProgressChanged(session.tenant(), plan.courseId(), plan.participantId(), PlanId.of(plan.id()), done,
                tasks.size(), calendar.now()));
    }

    public TaskView writeNote(Session session, TaskId taskId, Precondition seen, String note) {
        var task = ownTask(session, taskId, seen);
        task.writeNote(note, calendar.now());
        return view(task);
    }

    /** Adds a photo to my task, or replaces the one it had. */
    public TaskView addPhoto(Session session, TaskId taskId, Precondition seen, byte[] bytes) {
        var task = ownTask(session, taskId, seen);
        var photo = Photo.of(bytes);
        var now = calendar.now();
        Optional.ofNullable(data.em().find(TaskPhoto.class, task.id())).ifPresentOrElse(
                stored -> stored.replaceWith(task, photo, now),
                () -> data.em().persist(new TaskPhoto(task, photo, now)));
        return view(task);
    }

    public TaskView removePhoto(Session session, TaskId taskId, Precondition seen) {
        var task = ownTask(session, taskId, seen);
        Optional.ofNullable(data.em().find(TaskPhoto.class, task.id())).ifPresent(data.em()::remove);
        task.photoRemoved(calendar.now());
        return view(task);
    }

    private Task ownTask(Session session, TaskId taskId, Precondition seen) {
        var task = access.ownTask(session, taskId);
        seen.check(task.version(), task.label(), () -> TaskView.of(task, calendar.today()));
        data.willChange(task.goal().plan());
        return task;
    }

    /** The task as stored now, with its new version. */
    private TaskView view(Task task) {
        data.em().flush();
        return TaskView.of(task, calendar.today());
    }

    /**
     * How to start the task's learning material, for its participant and their coaches: the catalogue item's
     * current address and steps when the task links one, else the link the task copied. 404 for a task without material.
     */
    public LessonView lesson(Session session, TaskId taskId) {
        var task = access.taskToRead(session, taskId);
        var ref = task.item().orElseThrow(() -> NotFound.of(Text.of("het leermiddel van deze taak", "the material of this task")));
        var material = Optional.ofNullable(ref.catalogueItemId()).flatMap(catalogue::summary);
        var url = Optional.ofNullable(ref.url()).or(() -> material.map(ItemSummary::url)).orElse(null);
        return new LessonView(task.id(), task.version(), task.title(), task.isDone(), ref.title(),
                material.map(m -> m.kind().code()).orElse(null),
                material.map(ItemSummary::online).orElse(url != null), url,
                material.map(ItemSummary::description).orElse(null),
                material.map(ItemSummary::durationMinutes).orElse(null),
                material.map(ItemSummary::sourceName).orElse(null),
                material.map(ItemSummary::instructions).orElse(List.of()));
    }

    /** The photo of a task, for its participant and their coaches. */
    public StoredPhoto photo(Session session, TaskId taskId) {
        var task = access.taskToRead(session, taskId);
        return Optional.ofNullable(data.em().find(TaskPhoto.class, task.id()))
                .map(p -> new StoredPhoto(p.mediaType(), p.content()))
                .orElseThrow(() -> NotFound.of(Text.of("deze foto", "this photo")));
    }
}
