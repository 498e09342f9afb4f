package nl.groeipad.competency.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a competency framework of a tenant: the aggregate root of its groups, competencies,
 * behavioural indicators and kept CASE associations.
 *
 * <p>Life story: a framework starts as version 1 in {@code DRAFT} (written in Groeipad, imported, or the demo).
 * While it is a draft, coaches and admins add, change, reorder and remove groups, competencies, indicators,
 * level texts and scale labels. {@link #publish} makes it the version in use; from then on nothing in it changes
 * (every change method refuses). To change it, {@link #nextDraft} copies everything into a new draft with the
 * same keys and version + 1; publishing that draft {@link #supersede supersedes} this one. Whatever scored or
 * planned against this version keeps pointing at these rows. The key is the same in every version.
 *
 * <p>Concurrency: a draft is one aggregate with one {@link #revision()} (not to be confused with its
 * {@link #version()} number 1, 2, …), raised by every change to it or to its groups, competencies and
 * indicators. A change names the revision it was made on (If-Match); every change locks the framework row
 * first, so positions are assigned one writer at a time (and are unique per list in the database). A change
 * that renumbers a list first parks that list's positions below zero ({@link #parkAround}), so that no
 * intermediate write stores one position twice.
 */
@Entity
@Table(name = "competency_framework")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Framework.ALL, query = "select f from Framework f order by f.frameworkKey, f.versionNumber")
@NamedQuery(name = Framework.IN_STATUS, query = "select f from Framework f where f.status in :statuses order by f.title, f.versionNumber")
@NamedQuery(name = Framework.VERSIONS, query = "select f from Framework f where f.frameworkKey = :key order by f.versionNumber desc")
@NamedQuery(name = Framework.COUNT_WITH_KEY, query = "select count(f) from Framework f where f.frameworkKey = :key")
@NamedQuery(name = Framework.COMPETENCY_IN_STATUS, query = """
        select c from Competency c where c.key = :key and c.framework.status in :statuses
        order by c.framework.versionNumber desc""")
@NamedQuery(name = Framework.COMPETENCY_KEYS_ELSEWHERE, query = """
        select c.key from Competency c where c.key in :keys and c.framework.frameworkKey <> :frameworkKey""")
@NamedQuery(name = Framework.INDICATOR_KEYS_ELSEWHERE, query = """
        select i.key from BehaviouralIndicator i where i.key in :keys and i.competency.framework.frameworkKey <> :frameworkKey""")
@NamedQuery(name = Framework.GROUP_KEYS_ELSEWHERE, query = """
        select g.key from CompetencyGroup g where g.key in :keys and g.framework.frameworkKey <> :frameworkKey""")
public class Framework {

    public static final String ALL = "Framework.all";
    public static final String IN_STATUS = "Framework.inStatus";
    public static final String VERSIONS = "Framework.versions";
    public static final String COUNT_WITH_KEY = "Framework.countWithKey";
    public static final String COMPETENCY_IN_STATUS = "Framework.competencyInStatus";
    public static final String COMPETENCY_KEYS_ELSEWHERE = "Framework.competencyKeysElsewhere";
    public static final String INDICATOR_KEYS_ELSEWHERE = "Framework.indicatorKeysElsewhere";
    public static final String GROUP_KEYS_ELSEWHERE = "Framework.groupKeysElsewhere";

    public static final int DESCRIPTION_MAX = 20000;
    /**
     * A framework is at most this many levels deep: groups inside groups, then a competency, then its indicators
     * (so groups nest at most {@code MAX_DEPTH - 2} deep). Deeper trees are no competency language a person reads,
     * and bound what walks the tree.
     */
    public static final int MAX_DEPTH = 20;

    /** The observation period of a new framework (issue 9 §1: "default 21 days"), and its bounds. */
    public static final int DEFAULT_OBSERVATION_PERIOD_DAYS = 21;
    public static final int MIN_OBSERVATION_PERIOD_DAYS = 1;
    public static final int MAX_OBSERVATION_PERIOD_DAYS = 365;

    @Id
    private String id;
    @Column(name = "framework_key")
    private String frameworkKey;
    @Column(name = "version_number")
    private int versionNumber;
    /** The concurrency version (ETag) of this row and its parts; {@code versionNumber} is the framework's version. */
    @Version
    private int revision;
    @Enumerated(EnumType.STRING)
    private FrameworkStatus status;
    @Column(name = "draft_of")
    private String draftOf;
    @Column(name = "published_of")
    private String publishedOf;
    private String title;
    private String description;
    private String language;
    @Embedded
    private ScaleLabels scale;
    @Enumerated(EnumType.STRING)
    private FrameworkSource source;
    @Column(name = "last_change")
    private String lastChange;
    @Column(name = "case_document")
    private String caseDocument;
    @Column(name = "case_extras")
    private String caseExtras;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    /** How many days an observation on this version runs unless the coach chooses otherwise (issue 9 §1). */
    @Column(name = "observation_period_days")
    private int observationPeriodDays = DEFAULT_OBSERVATION_PERIOD_DAYS;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<CompetencyGroup> groups = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Competency> competencies = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<CaseAssociation> associations = new ArrayList<>();

    protected Framework() {
    }

    /**
     * A new draft: version 1 of a new framework, or the next version of a framework with this key (an import
     * of a newer package of the same framework).
     */
    public Framework(String key, int version, String title, String description, String language, ScaleLabels scale,
                     FrameworkSource source, Instant now, String createdBy) {
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        this.id = Ids.newId();
        this.frameworkKey = Checks.key("key", key);
        this.versionNumber = version;
        this.status = FrameworkStatus.DRAFT;
        this.draftOf = frameworkKey;
        this.title = Checks.required("title", title, Checks.TITLE);
        this.description = Checks.optional("description", description, DESCRIPTION_MAX);
        this.language = Checks.optional("language", language, 16);
        setScale(Objects.requireNonNull(scale));
        this.source = Objects.requireNonNull(source);
        this.createdAt = Objects.requireNonNull(now);
        this.createdBy = createdBy;
        this.lastChange = stamp(now);
    }

    /** The moment of a change as CASE writes it (RFC 3339, UTC, seconds). */
    public static String stamp(Instant now) {
        return DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));
    }

    // ---- life cycle -------------------------------------------------------------------------

    /** Makes this draft the version in use. A framework needs at least one competency to be used. */
    public void publish(Instant now) {
        requirePublishable();
        status = FrameworkStatus.PUBLISHED;
        draftOf = null;
        publishedOf = frameworkKey;
        publishedAt = now;
    }

    /** Refuses unless this is a draft with at least one competency: what {@link #publish} asks. */
    public void requirePublishable() {
        requireDraft();
        if (competencies.isEmpty()) {
            throw new Conflict("framework-empty", new Text(
                    "Voeg eerst minstens één competentie toe. Daarna kun je publiceren.",
                    "Add at least one competency first. Then you can publish."));
        }
    }

    /** A newer version was published: this one stays readable for whatever points at it, unchanged. */
    public void supersede(Instant now) {
        if (status != FrameworkStatus.PUBLISHED) {
            throw new IllegalStateException("only the published version is superseded");
        }
        status = FrameworkStatus.SUPERSEDED;
        publishedOf = null;
        supersededAt = now;
    }

    /** A copy of this published version as the next draft: same keys, texts and CASE data, new rows. */
    public Framework nextDraft(int version, Instant now, String userId) {
        if (status != FrameworkStatus.PUBLISHED) {
            throw new Conflict("framework-not-published", new Text(
                    "Je kunt alleen een nieuwe versie maken van de gepubliceerde versie.",
                    "You can only make a new version of the published version."));
        }
        if (version <= versionNumber) {
            throw new IllegalArgumentException("a new draft has a higher version number");
        }
        var draft = new Framework(frameworkKey, version, title, description, language, scale(), source, now, userId);
        draft.observationPeriodDays = observationPeriodDays;
        draft.lastChange = lastChange;
        draft.caseDocument = caseDocument;
        draft.caseExtras = caseExtras;
        groups.forEach(g -> draft.groups.add(g.copyInto(draft)));
        competencies.forEach(c -> draft.competencies.add(c.copyInto(draft)));
        associations.forEach(a -> draft.associations.add(a.copyInto(draft)));
        return draft;
    }

    /** Only a draft is thrown away; a published (or superseded) version stays for whatever points at it. */
    public void requireDiscardable() {
        requireDraft();
    }

    public boolean isDraft() {
        return status == FrameworkStatus.DRAFT;
    }

    private void requireDraft() {
        if (status != FrameworkStatus.DRAFT) {
            throw new Conflict("framework-not-draft", new Text(
                    "Deze versie is gepubliceerd en verandert niet meer. Maak een nieuwe versie om iets te veranderen.",
                    "This version is published and no longer changes. Make a new version to change something."));
        }
    }

    private void touch(Instant now) {
        lastChange = stamp(now);
    }

    // ---- the framework itself ---------------------------------------------------------------

    public void describe(String newTitle, String newDescription, String newLanguage, Instant now) {
        requireDraft();
        title = Checks.required("title", newTitle, Checks.TITLE);
        description = Checks.optional("description", newDescription, DESCRIPTION_MAX);
        language = Checks.optional("language", newLanguage, 16);
        touch(now);
    }

    public void relabelScale(ScaleLabels labels, Instant now) {
        requireDraft();
        setScale(Objects.requireNonNull(labels));
        touch(now);
    }

    /**
     * The observation period a coach starts with on this version: {@value #MIN_OBSERVATION_PERIOD_DAYS} to
     * {@value #MAX_OBSERVATION_PERIOD_DAYS} days (400 naming {@code observationPeriodDays} otherwise).
     */
    public void setObservationPeriod(int days, Instant now) {
        requireDraft();
        observationPeriodDays = checkedObservationPeriod(days);
        touch(now);
    }

    /** The rule of {@link #setObservationPeriod}, for callers that check before they change anything. */
    public static int checkedObservationPeriod(int days) {
        if (days < MIN_OBSERVATION_PERIOD_DAYS || days > MAX_OBSERVATION_PERIOD_DAYS) {
            throw new InvalidField("observationPeriodDays", new Text(
                    "Kies een observatieperiode van " + MIN_OBSERVATION_PERIOD_DAYS + " tot "
                            + MAX_OBSERVATION_PERIOD_DAYS + " dagen.",
                    "Choose an observation period of " + MIN_OBSERVATION_PERIOD_DAYS + " to "
                            + MAX_OBSERVATION_PERIOD_DAYS + " days."));
        }
        return days;
    }

    /** What an imported CASE package had beyond Groeipad's model: the CFDocument, definitions and rubrics. */
    public void keepCaseData(String documentJson, String extrasJson) {
        requireDraft();
        caseDocument = documentJson;
        caseExtras = extrasJson;
    }

    /** The CASE lastChangeDateTime of an imported document, kept as it came. */
    public void keepLastChange(String imported) {
        requireDraft();
        lastChange = Checks.required("lastChangeDateTime", imported, 40);
    }

    public void keepAssociation(String originKey, String destinationKey, String json) {
        requireDraft();
        associations.add(new CaseAssociation(this, associations.size(), originKey, destinationKey, json));
    }

    private void setScale(ScaleLabels labels) {
        scale = labels;
    }

    // ---- groups -----------------------------------------------------------------------------

    public CompetencyGroup addGroup(String parentKey, String code, String title, CaseOrigin origin, Instant now) {
        requireDraft();
        requireGroupKey("parentKey", parentKey);
        requireRoomBelow(parentKey);
        requireNewKey(origin.key());
        var group = new CompetencyGroup(this, parentKey, groupsIn(parentKey).size(), code, title, origin, now);
        groups.add(group);
        touch(now);
        return group;
    }

    public CompetencyGroup reviseGroup(String groupId, String code, String title, Instant now) {
        requireDraft();
        var group = group(groupId).orElseThrow(() -> NotFound.of(Text.of("deze groep", "this group")));
        group.describe(code, title, now);
        touch(now);
        return group;
    }

    /** Removes a group; what was in it (competencies and groups) moves up to where the group was. */
    public void removeGroup(String groupId, Instant now) {
        requireDraft();
        var group = group(groupId).orElseThrow(() -> NotFound.of(Text.of("deze groep", "this group")));
        var parent = group.parentKey();
        groups.remove(group);
        associations.removeIf(a -> a.touches(group.key()));
        for (var child : groupsIn(group.key())) {
            child.placeAt(parent, groupsIn(parent).size());
        }
        for (var competency : competenciesIn(group.key())) {
            competency.placeAt(parent, competenciesIn(parent).size());
        }
        renumberGroups(parent);
        renumberCompetencies(parent);
        touch(now);
    }

    // ---- competencies -----------------------------------------------------------------------

    public Competency addCompetency(String groupKey, String code, String title, String description, CaseOrigin origin,
                                    Instant now) {
        requireDraft();
        requireGroupKey("groupKey", groupKey);
        requireNewKey(origin.key());
        var competency = new Competency(this, groupKey, competenciesIn(groupKey).size(), code, title, description,
                origin, now);
        competencies.add(competency);
        touch(now);
        return competency;
    }

    public Competency reviseCompetency(String competencyId, String groupKey, String code, String title,
                                       String description, Instant now) {
        requireDraft();
        var competency = competency(competencyId).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency")));
        requireGroupKey("groupKey", groupKey);
        competency.describe(code, title, description, now);
        if (!Objects.equals(groupKey, competency.groupKey())) {
            var oldGroup = competency.groupKey();
            competency.placeAt(groupKey, competenciesIn(groupKey).size());
            renumberCompetencies(oldGroup);
            renumberCompetencies(groupKey);
        }
        touch(now);
        return competency;
    }

    public void removeCompetency(String competencyId, Instant now) {
        requireDraft();
        var competency = competency(competencyId).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency")));
        competencies.remove(competency);
        associations.removeIf(a -> a.touches(competency.key())
                || competency.indicators().stream().anyMatch(i -> a.touches(i.key())));
        renumberCompetencies(competency.groupKey());
        touch(now);
    }

    /** Moves a competency to another place among the competencies of its group (0 = first). */
    public void moveCompetency(String competencyId, int newPosition, Instant now) {
        requireDraft();
        var competency = competency(competencyId).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency")));
        var siblings = new ArrayList<>(competenciesIn(competency.groupKey()));
        siblings.remove(competency);
        siblings.add(Math.clamp(newPosition, 0, siblings.size()), competency);
        for (var i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(competency.groupKey(), i);
        }
        touch(now);
    }

    // ---- indicators -------------------------------------------------------------------------

    public BehaviouralIndicator addIndicator(String competencyId, String code, String description, LevelTexts levels,
                                             CaseOrigin origin, Instant now) {
        requireDraft();
        var competency = competency(competencyId).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency")));
        requireNewKey(origin.key());
        var indicator = competency.addIndicator(code, description, levels, origin, now);
        touch(now);
        return indicator;
    }

    public BehaviouralIndicator reviseIndicator(String competencyId, String indicatorId, String code, String description,
                                                LevelTexts levels, Instant now) {
        requireDraft();
        var indicator = indicatorOf(competencyId, indicatorId);
        indicator.revise(code, description, levels, now);
        touch(now);
        return indicator;
    }

    public void removeIndicator(String competencyId, String indicatorId, Instant now) {
        requireDraft();
        var indicator = indicatorOf(competencyId, indicatorId);
        indicator.competency().removeIndicator(indicator);
        associations.removeIf(a -> a.touches(indicator.key()));
        touch(now);
    }

    public void moveIndicator(String competencyId, String indicatorId, int newPosition, Instant now) {
        requireDraft();
        var indicator = indicatorOf(competencyId, indicatorId);
        indicator.competency().moveIndicator(indicator, newPosition);
        touch(now);
    }

    // ---- parking positions before a renumbering --------------------------------------------

    /** What a change is about to renumber: see {@link #parkAround}. */
    public enum Renumbering { GROUP_REMOVAL, COMPETENCY_REGROUPING, COMPETENCY_REMOVAL_OR_MOVE, INDICATOR_REMOVAL_OR_MOVE }

    /**
     * Moves the lists a change is about to renumber to temporary positions below zero, keeping their order:
     * written before the change, no write of the renumbering stores a position another row of the list still
     * holds (positions are unique per list). Removing a group renumbers its parent's groups and competencies;
     * moving a competency to another group renumbers both groups; removing or moving a competency its group;
     * removing or moving an indicator its competency's indicators. An unknown id: 404, nothing parked.
     *
     * @param id       the group (removal), the competency, or the competency of the indicator
     * @param newGroup for {@code COMPETENCY_REGROUPING}: the key of the group it moves to (null: none)
     */
    public void parkAround(Renumbering change, String id, String newGroup) {
        requireDraft();
        switch (change) {
            case GROUP_REMOVAL -> {
                var parent = group(id).orElseThrow(() -> NotFound.of(Text.of("deze groep", "this group"))).parentKey();
                groupsIn(parent).forEach(CompetencyGroup::park);
                competenciesIn(parent).forEach(Competency::park);
            }
            case COMPETENCY_REGROUPING, COMPETENCY_REMOVAL_OR_MOVE -> {
                var from = competency(id).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency"))).groupKey();
                competenciesIn(from).forEach(Competency::park);
                if (change == Renumbering.COMPETENCY_REGROUPING && !Objects.equals(from, newGroup)) {
                    competenciesIn(newGroup).forEach(Competency::park);
                }
            }
            case INDICATOR_REMOVAL_OR_MOVE -> competency(id).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency"))).parkIndicators();
        }
    }

    /** A temporary position below zero that keeps the order of positions 0 … 999,999. */
    static int parked(int position) {
        return position < 0 ? position : position - PARKING;
    }

    /** The position a parked one stood at. */
    static int unparked(int position) {
        return position < 0 ? position + PARKING : position;
    }

    private static final int PARKING = 1_000_000;

    private BehaviouralIndicator indicatorOf(String competencyId, String indicatorId) {
        return competency(competencyId).orElseThrow(() -> NotFound.of(Text.of("deze competentie", "this competency")))
                .indicator(indicatorId).orElseThrow(() -> NotFound.of(Text.of("dit gedrag", "this behavioural indicator")));
    }

    // ---- structure rules --------------------------------------------------------------------

    private void requireGroupKey(String field, String groupKey) {
        if (groupKey != null && groupByKey(groupKey).isEmpty()) {
            throw new InvalidField(field, new Text("Deze groep bestaat niet in dit raamwerk.",
                    "This group does not exist in this framework."));
        }
    }

    /** A new group inside {@code parentKey} leaves room for a competency and its indicators within MAX_DEPTH. */
    private void requireRoomBelow(String parentKey) {
        var depth = 1; // the new group
        for (var at = parentKey; at != null; at = groupByKey(at).map(CompetencyGroup::parentKey).orElse(null)) {
            if (++depth > MAX_DEPTH - 2) {
                throw new InvalidField("parentKey", new Text("Zo diep kunnen groepen niet in elkaar: een raamwerk heeft "
                        + "hoogstens " + MAX_DEPTH + " lagen, met de competenties en gedragsindicatoren erbij.",
                        "Groups cannot nest this deep: a framework has at most " + MAX_DEPTH
                                + " levels, competencies and indicators included."));
            }
        }
    }

    private void requireNewKey(String key) {
        if (key != null && (key.equals(frameworkKey) || groupByKey(key).isPresent() || competencyByKey(key).isPresent()
                || competencies.stream().anyMatch(c -> c.indicatorByKey(key).isPresent()))) {
            throw new InvalidField("identifier", new Text("Deze identifier komt twee keer voor: " + key + ".",
                    "This identifier occurs twice: " + key + "."));
        }
    }

    private void renumberGroups(String parentKey) {
        var siblings = groupsIn(parentKey);
        for (var i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(parentKey, i);
        }
    }

    private void renumberCompetencies(String groupKey) {
        var siblings = competenciesIn(groupKey);
        for (var i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(groupKey, i);
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The groups directly inside a group (null: at the top of the framework), in order. */
    public List<CompetencyGroup> groupsIn(String parentKey) {
        return groups.stream().filter(g -> Objects.equals(g.parentKey(), parentKey))
                .sorted(Comparator.comparingInt(CompetencyGroup::position)).toList();
    }

    /** The competencies directly in a group (null: not in a group), in order. */
    public List<Competency> competenciesIn(String groupKey) {
        return competencies.stream().filter(c -> Objects.equals(c.groupKey(), groupKey))
                .sorted(Comparator.comparingInt(Competency::position)).toList();
    }

    /** All groups, depth first in order. */
    public List<CompetencyGroup> groups() {
        var ordered = new ArrayList<CompetencyGroup>();
        addGroupsDepthFirst(null, ordered);
        return ordered;
    }

    private void addGroupsDepthFirst(String parentKey, List<CompetencyGroup> into) {
        for (var group : groupsIn(parentKey)) {
            into.add(group);
            addGroupsDepthFirst(group.key(), into);
        }
    }

    /** All competencies in reading order: group by group (depth first), then those without a group. */
    public List<Competency> competencies() {
        var ordered = new ArrayList<Competency>();
        for (var group : groups()) {
            ordered.addAll(competenciesIn(group.key()));
        }
        ordered.addAll(competenciesIn(null));
        return ordered;
    }

    public List<CaseAssociation> associations() {
        return associations.stream().sorted(Comparator.comparingInt(CaseAssociation::position)).toList();
    }

    public Optional<CompetencyGroup> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public Optional<CompetencyGroup> groupByKey(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    public Optional<Competency> competency(String competencyId) {
        return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
    }

    public Optional<Competency> competencyByKey(String key) {
        return competencies.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public String id() {
        return id;
    }

    public String key() {
        return frameworkKey;
    }

    public int version() {
        return versionNumber;
    }

    /** Rises with every change to this version row or its parts (its ETag); 0 until first stored. */
    public int revision() {
        return revision;
    }

    /** The framework as a person names it: "het raamwerk ‘Werknemersvaardigheden’ (versie 2)". */
    public Text label() {
        return new Text("het raamwerk ‘" + title + "’ (versie " + versionNumber + ")",
                "the framework ‘" + title + "’ (version " + versionNumber + ")");
    }

    public FrameworkStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String language() {
        return language;
    }

    public ScaleLabels scale() {
        return scale;
    }

    /** Days an observation on this version runs by default (the coach may choose another period). */
    public int observationPeriodDays() {
        return observationPeriodDays;
    }

    public FrameworkSource source() {
        return source;
    }

    public String lastChange() {
        return lastChange;
    }

    public String caseDocument() {
        return caseDocument;
    }

    public String caseExtras() {
        return caseExtras;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
