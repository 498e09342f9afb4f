package nl.groeipad.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A task (actie) of the "Vandaag" task board: something to do on one day, under one goal, perhaps with
 * learning material. The participant ticks it off — which records when and by whom — and may undo that;
 * an undo never loses the note or the photo. A note is short (at most 500 characters); a photo is kept
 * apart ({@link TaskPhoto}), the task only knows whether there is one.
 *
 * <p>Its {@link #version()} rises with every change to it: the coach's (title, day, material) and the
 * participant's (tick, undo, note, photo).
 */
@Entity
@Table(name = "plan_task")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Task.BOARD, query = """
        select t from Task t where t.planId = :planId
          and (t.plannedOn = :today or (t.doneAt is null and t.plannedOn < :today)
               or (t.doneAt is null and t.plannedOn > :today and t.plannedOn <= :horizon))
        order by t.plannedOn, t.sortOrder""")
@NamedQuery(name = Task.PLAN_OF, query = "select t.planId from Task t where t.id = :id")
public class Task {

    /** The id of the plan a task belongs to, so a change can lock the plan before it reads the task. */
    public static final String PLAN_OF = "Task.planOf";

    /** The tasks of one plan that the board shows on a day: that day's, the overdue ones and the coming ones. */
    public static final String BOARD = "Task.board";

    @Id
    private String id;
    @Version
    private int version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id")
    private Goal goal;
    @Column(name = "plan_id")
    private String planId;
    @Column(name = "sort_order")
    private int sortOrder;
    private String title;
    @Column(name = "catalogue_item_id")
    private String catalogueItemId;
    @Column(name = "item_title")
    private String itemTitle;
    @Column(name = "item_url")
    private String itemUrl;
    @Column(name = "planned_on")
    private LocalDate plannedOn;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private String doneBy;
    private String note;
    @Column(name = "note_at")
    private Instant noteAt;
    @Column(name = "photo_type")
    private String photoType;
    @Column(name = "photo_at")
    private Instant photoAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Task() {
    }

    /** Tasks are planned through {@link Goal#planTask}. */
    Task(Goal goal, int sortOrder, TaskDetails details, Instant now) {
        this.id = Ids.newId();
        this.goal = Objects.requireNonNull(goal);
        this.planId = goal.plan().id();
        this.sortOrder = sortOrder;
        this.createdAt = Objects.requireNonNull(now);
        describe(details);
    }

    /**
     * Rewords the task, moves it to another day within the plan's period, or changes its material. A task that is
     * done may keep (or get) a day before the plan's start, today or earlier (see {@link Goal#recordDoneTask}).
     */
    public void change(TaskDetails details, LocalDate today) {
        if (isDone() && !details.plannedOn().isAfter(today)) {
            goal.plan().checkDoneDay("day", details.plannedOn(), today);
        } else {
            goal.plan().checkWithinPeriod("day", details.plannedOn());
        }
        describe(details);
    }

    private void describe(TaskDetails details) {
        this.title = details.title();
        this.plannedOn = details.plannedOn();
        var item = details.item();
        this.catalogueItemId = item == null ? null : item.catalogueItemId();
        this.itemTitle = item == null ? null : item.title();
        this.itemUrl = item == null ? null : item.url();
    }

    /**
     * The participant did it: records when and by whom (a second tick keeps the first moment), and keeps
     * the note they wrote with it, if any.
     */
    public void tickOff(String by, Instant at, String withNote) {
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
        if (withNote != null && !withNote.isBlank()) {
            writeNote(withNote, at);
        }
        if (doneAt == null) {
            doneAt = at;
            doneBy = by;
        }
        goal.plan().participantActed(at);
    }

    /** The coach records work the participant already did: done, by the coach, at the moment it was recorded. */
    void recordDone(String by, Instant at) {
        doneAt = Objects.requireNonNull(at);
        doneBy = Objects.requireNonNull(by);
    }

    /** Not done after all: the tick goes, the note and photo stay. */
    public void undo(Instant at) {
        doneAt = null;
        doneBy = null;
        goal.plan().participantActed(at);
    }

    /** A short note of at most 500 characters; an empty text removes the note. */
    public void writeNote(String text, Instant at) {
        note = PlanRules.optional("note", text, PlanRules.NOTE_MAX);
        noteAt = note == null ? null : at;
        goal.plan().participantActed(at);
    }

    /** A photo of the work was added (or replaced); the bytes live in {@link TaskPhoto}. */
    public void photoAdded(Photo photo, Instant at) {
        photoType = photo.mediaType();
        photoAt = at;
        goal.plan().participantActed(at);
    }

    public void photoRemoved(Instant at) {
        photoType = null;
        photoAt = null;
        goal.plan().participantActed(at);
    }

    public Timing timing(LocalDate today) {
        return Timing.of(isDone(), plannedOn, today);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean hasPhoto() {
        return photoType != null;
    }

    public String id() {
        return id;
    }

    /** Rises with every change to the task; 0 until it is first stored. */
    public int version() {
        return version;
    }

    /** The task as a person names it: "de taak ‘Vraag Ali om hulp’". */
    public Text label() {
        return new Text("de taak ‘" + title + "’", "the task ‘" + title + "’");
    }

    public Goal goal() {
        return goal;
    }

    public String planId() {
        return planId;
    }

    public int position() {
        return sortOrder;
    }

    public String title() {
        return title;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public Optional<LearningItemRef> item() {
        return Optional.ofNullable(LearningItemRef.ofNullable(catalogueItemId, itemTitle, itemUrl));
    }

    public Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }

    public Optional<String> doneBy() {
        return Optional.ofNullable(doneBy);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<Instant> noteAt() {
        return Optional.ofNullable(noteAt);
    }

    public Optional<Instant> photoAt() {
        return Optional.ofNullable(photoAt);
    }
}
