package nl.groeipad.route.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A development route (ontwikkelroute): target competencies with the level to reach, and ordered steps with
 * catalogue items, on one framework version.
 *
 * <p>Life cycle:
 * <ul>
 *   <li>A coach creates a {@link RouteKind#TEMPLATE template} ({@link #template}) on a framework version, names
 *       its targets ({@link #target}), adds steps ({@link #addStep}), links material to them ({@link #link}),
 *       reorders and removes them. The framework version stays what it was created on.</li>
 *   <li>For a participant the coach makes a {@link RouteKind#PERSONAL personal route}: a copy of a template
 *       ({@link #copyFor}; it remembers the template) or one from scratch ({@link #personal}). It is adapted
 *       with the same operations; the template does not change. It is the participant's active route in that
 *       course until the coach gives another, which {@link #archive archives} it.</li>
 * </ul>
 * Every competency a target or step names must be in the route's framework version: the methods that name one
 * take that {@link FrameworkVersion} and check it.
 *
 * <p>Concurrency: the route is one aggregate with one {@link #version()}, raised by every change to it, its
 * targets, steps or linked material. A change names the version it was made on (If-Match); every change
 * locks the route first, so positions of new steps, targets and material are assigned one writer at a time
 * (and are unique per list in the database). A change that renumbers a list first {@link #parkSteps parks}
 * its positions below zero, so that no intermediate write stores one position twice.
 */
@Entity
@Table(name = "route")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Route.TEMPLATES, query = "select r from Route r where r.kind = :kind order by r.title, r.id")
@NamedQuery(name = Route.ACTIVE_OF, query = "select r from Route r where r.activeKey = :activeKey")
@NamedQuery(name = Route.ACTIVE_IN_COURSE, query = """
        select r.participantId, r.id, r.title from Route r
        where r.courseId = :courseId and r.activeKey is not null""")
public class Route {

    public static final String TEMPLATES = "Route.templates";
    public static final String ACTIVE_OF = "Route.activeOf";
    public static final String ACTIVE_IN_COURSE = "Route.activeInCourse";

    @Id
    private String id;
    @Version
    private int version;
    @Enumerated(EnumType.STRING)
    private RouteKind kind;
    private String title;
    private String description;
    @Column(name = "framework_id")
    private String frameworkId;
    @Column(name = "framework_key")
    private String frameworkKey;
    @Column(name = "framework_title")
    private String frameworkTitle;
    @Column(name = "framework_version")
    private int frameworkVersion;
    @Column(name = "template_id")
    private String templateId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Enumerated(EnumType.STRING)
    private RouteStatus status;
    @Column(name = "active_key")
    private String activeKey;
    /** A certifying route ends with a formal assessment moment (docs/credential.md, completion). */
    private boolean certifying;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "route", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Target> targets = new ArrayList<>();

    @OneToMany(mappedBy = "route", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Step> steps = new ArrayList<>();

    protected Route() {
        // for JPA
    }

    private Route(RouteKind kind, String title, String description, FrameworkVersion framework, String courseId,
                  String participantId, String createdBy, Instant now) {
        this.id = Ids.newId();
        this.kind = kind;
        this.title = RouteRules.title("title", title);
        this.description = RouteRules.description("description", description);
        Objects.requireNonNull(framework, "framework");
        this.frameworkId = framework.id();
        this.frameworkKey = framework.key();
        this.frameworkTitle = framework.title();
        this.frameworkVersion = framework.version();
        this.courseId = courseId;
        this.participantId = participantId;
        this.status = RouteStatus.ACTIVE;
        this.activeKey = kind == RouteKind.PERSONAL ? activeKey(courseId, participantId) : null;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** A new, empty template of the organisation on this framework version. */
    public static Route template(String title, String description, FrameworkVersion framework, String createdBy,
                                 Instant now) {
        return new Route(RouteKind.TEMPLATE, title, description, framework, null, null, createdBy, now);
    }

    /** A participant's own route in a course, built from scratch. */
    public static Route personal(String title, String description, FrameworkVersion framework, String courseId,
                                 String participantId, String createdBy, Instant now) {
        return new Route(RouteKind.PERSONAL, title, description, framework, required(courseId, "courseId"),
                required(participantId, "participantId"), createdBy, now);
    }

    /**
     * The participant's personal copy of this template: the same framework version, targets, steps and
     * material, free to adapt without changing the template, which it keeps a reference to.
     */
    public Route copyFor(String forCourse, String participant, String by, Instant now) {
        if (kind != RouteKind.TEMPLATE) {
            throw RouteRules.notATemplate();
        }
        var copy = new Route(RouteKind.PERSONAL, title, description, frameworkVersionRef(), required(forCourse, "courseId"),
                required(participant, "participantId"), by, now);
        copy.templateId = id;
        copy.certifying = certifying;
        targets.forEach(t -> copy.targets.add(t.copyFor(copy)));
        steps.forEach(s -> copy.steps.add(s.copyFor(copy)));
        return copy;
    }

    /** The key that makes a personal route the one active route of its participant in its course. */
    public static String activeKey(String courseId, String participantId) {
        return courseId + "/" + participantId;
    }

    public void describe(String newTitle, String newDescription, Instant now) {
        this.title = RouteRules.title("title", newTitle);
        this.description = RouteRules.description("description", newDescription);
        touch(now);
    }

    /** Whether the route ends with a formal assessment moment (true) or a completion moment (false). */
    public void certifying(boolean value, Instant now) {
        if (certifying != value) {
            certifying = value;
            touch(now);
        }
    }

    public boolean certifying() {
        return certifying;
    }

    /** Aims at a level of a competency of the framework: adds the target, or changes the level of an existing one. */
    public Target target(FrameworkVersion framework, String competencyKey, Level level, Instant now) {
        var competency = inFramework(framework, competencyKey, "competencyKey");
        var checked = RouteRules.level("level", level);
        var existing = targets.stream().filter(t -> t.competencyKey().equals(competency.key())).findFirst();
        touch(now);
        if (existing.isPresent()) {
            existing.get().aimAt(checked);
            return existing.get();
        }
        var added = new Target(this, targets.size(), competency, checked);
        targets.add(added);
        return added;
    }

    public void removeTarget(String competencyKey, Instant now) {
        var target = targets.stream().filter(t -> t.competencyKey().equals(competencyKey)).findFirst()
                .orElseThrow(() -> NotFound.of(Text.of("dit doel van de route", "this target of the route")));
        targets.remove(target);
        for (var i = 0; i < targets.size(); i++) {
            targets.get(i).placeAt(i);
        }
        touch(now);
    }

    /** Adds a step at the end; its competency must be in the route's framework version. */
    public Step addStep(FrameworkVersion framework, StepDetails details, Instant now) {
        var competency = inFramework(framework, details.competencyKey(), "competencyKey");
        var step = new Step(this, steps.size(), details, competency);
        steps.add(step);
        touch(now);
        return step;
    }

    public Step reviseStep(FrameworkVersion framework, String stepId, StepDetails details, Instant now) {
        var step = step(stepId);
        step.describe(details, inFramework(framework, details.competencyKey(), "competencyKey"));
        touch(now);
        return step;
    }

    public void removeStep(String stepId, Instant now) {
        steps.remove(step(stepId));
        renumberSteps();
        touch(now);
    }

    /** Moves a step to a place in the order (0 = first; past the end = last). */
    public void moveStep(String stepId, int position, Instant now) {
        var step = step(stepId);
        steps.remove(step);
        steps.add(Math.clamp(position, 0, steps.size()), step);
        renumberSteps();
        touch(now);
    }

    /** Links a catalogue item at the end of a step, as material or as a suggested workplace assignment. */
    public Step link(String stepId, Material material, boolean suggested, Instant now) {
        var step = step(stepId);
        step.link(material, suggested);
        touch(now);
        return step;
    }

    public Step unlink(String stepId, String itemId, Instant now) {
        var step = step(stepId);
        step.unlink(itemId);
        touch(now);
        return step;
    }

    public Step moveItem(String stepId, String itemId, int position, Instant now) {
        var step = step(stepId);
        step.moveItem(itemId, position);
        touch(now);
        return step;
    }

    /** No longer the participant's active route (another one was given); kept as it was. */
    public void archive(Instant now) {
        if (kind == RouteKind.PERSONAL) {
            this.status = RouteStatus.ARCHIVED;
            this.activeKey = null;
            touch(now);
        }
    }

    // ---- parking positions before a renumbering ---------------------------------------------------

    /**
     * Moves the targets to temporary positions below zero, keeping their order: written before a change that
     * renumbers them ({@link #removeTarget}), no write in between stores a position that another target still
     * holds (positions are unique per route).
     */
    public void parkTargets() {
        targets.forEach(t -> t.placeAt(parked(t.position())));
    }

    /** As {@link #parkTargets}, for the steps ({@link #removeStep}, {@link #moveStep}). */
    public void parkSteps() {
        steps.forEach(s -> s.placeAt(parked(s.position())));
    }

    /** As {@link #parkTargets}, for the material of one step ({@link #unlink}, {@link #moveItem}). */
    public void parkItems(String stepId) {
        step(stepId).parkItems();
    }

    /** A temporary position below zero that keeps the order of positions 0 … 999,999. */
    static int parked(int position) {
        return position - PARKING;
    }

    private static final int PARKING = 1_000_000;

    public Step step(String stepId) {
        return findStep(stepId).orElseThrow(() -> NotFound.of(Text.of("deze stap", "this step")));
    }

    public Optional<Step> findStep(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The ids of all linked catalogue items, in route order, each once. */
    public List<String> itemIds() {
        return steps.stream().flatMap(s -> s.items().stream()).map(StepItem::itemId).distinct().toList();
    }

    public boolean isTemplate() {
        return kind == RouteKind.TEMPLATE;
    }

    public boolean isPersonal() {
        return kind == RouteKind.PERSONAL;
    }

    /** A personal route of this participant in this course. */
    public boolean belongsTo(String course, String participant) {
        return isPersonal() && Objects.equals(courseId, course) && Objects.equals(participantId, participant);
    }

    private RouteCompetency inFramework(FrameworkVersion framework, String competencyKey, String field) {
        if (!framework.id().equals(frameworkId)) {
            throw new IllegalArgumentException("route " + id + " is built on framework version " + frameworkId
                    + ", not " + framework.id());
        }
        return framework.competency(competencyKey).orElseThrow(() -> RouteRules.notInFramework(field));
    }

    private FrameworkVersion frameworkVersionRef() {
        return new FrameworkVersion(frameworkId, frameworkKey, frameworkTitle, frameworkVersion, List.of());
    }

    private void renumberSteps() {
        for (var i = 0; i < steps.size(); i++) {
            steps.get(i).placeAt(i);
        }
    }

    private void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public String id() {
        return id;
    }

    /** Rises with every change to the route, its targets, steps or material; 0 until first stored. */
    public int version() {
        return version;
    }

    /** The route as a person names it: "de route ‘Starten in de groenvoorziening’". */
    public Text label() {
        return new Text("de route ‘" + title + "’", "the route ‘" + title + "’");
    }

    public RouteKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String frameworkId() {
        return frameworkId;
    }

    public String frameworkKey() {
        return frameworkKey;
    }

    public String frameworkTitle() {
        return frameworkTitle;
    }

    public int frameworkVersion() {
        return frameworkVersion;
    }

    /** The template a personal route was copied from; null for templates and routes built from scratch. */
    public String templateId() {
        return templateId;
    }

    public String courseId() {
        return courseId;
    }

    public String participantId() {
        return participantId;
    }

    public RouteStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Target> targets() {
        return Collections.unmodifiableList(targets);
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /**
     * Route progress: how many of this route's steps are done, a step being done when the goal made from it in the
     * participant's plan is achieved ({@code achievedSteps}: the ids of those steps; others' are ignored).
     */
    public int stepsDone(Set<String> achievedSteps) {
        return (int) steps.stream().filter(s -> achievedSteps.contains(s.id())).count();
    }

    /**
     * The route a gradebook column for this route is for: the template a personal route was copied from (the route a
     * teacher places as an activity), else this route.
     */
    public String columnRouteId() {
        return templateId != null ? templateId : id;
    }
}
