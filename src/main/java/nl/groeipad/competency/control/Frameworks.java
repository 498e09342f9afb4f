package nl.groeipad.competency.control;

import java.io.InputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.groeipad.competency.control.Commands.DescribeFramework;
import nl.groeipad.competency.control.Commands.WriteCompetency;
import nl.groeipad.competency.control.Commands.WriteGroup;
import nl.groeipad.competency.control.Commands.WriteIndicator;
import nl.groeipad.competency.entity.CaseOrigin;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.competency.entity.Framework.Renumbering;
import nl.groeipad.competency.entity.FrameworkSource;
import nl.groeipad.competency.entity.FrameworkStatus;
import nl.groeipad.competency.entity.LevelTexts;
import nl.groeipad.competency.entity.ScaleLabels;
import nl.groeipad.people.control.CourseAccess;
import nl.groeipad.platform.control.TenantData;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.tenant.control.TenantRegistry;
import nl.groeipad.tenant.control.Registration;

/**
 * The competency frameworks of the caller's tenant: reading, writing drafts, publishing, new versions, and
 * CASE and Moodle interchange. Every method takes the caller's session and applies the role rules
 * (package-info): coaches and admins read all versions and write; participants read published and
 * superseded versions only. Ids of other tenants' frameworks are unknown here (404).
 *
 * <p>For other features (routes, plans, catalogue): {@link #publishedFrameworks}, {@link #version} and
 * {@link #competencyByKey}.
 *
 * <p>Concurrency (see {@link Framework}): every change locks the framework version and checks the
 * {@link Precondition} its caller sent against its revision; the boundary requires one for every replacement,
 * removal and move, while additions append and need none. Every answer shows the revision after the change.
 */
@ApplicationScoped
@Transactional
public class Frameworks {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    TenantRegistry tenants;

    @Inject
    CourseAccess access;

    // ---- control API for other features -----------------------------------------------------

    /** The published version of every framework of the tenant (the starter framework included). */
    public List<FrameworkDetails> publishedFrameworks(Session session) {
        return inStatus(List.of(FrameworkStatus.PUBLISHED)).stream().map(FrameworkDetails::of).toList();
    }

    /** One version by id, with its competencies and indicators; participants read no drafts. */
    public FrameworkDetails version(Session session, String versionId) {
        return FrameworkDetails.of(readable(session, versionId));
    }

    /** The published version of the framework with this key, without role checks (e.g. for starter content). */
    public java.util.Optional<FrameworkDetails> publishedVersionOf(String frameworkKey) {
        return inStatus(List.of(FrameworkStatus.PUBLISHED)).stream().filter(f -> f.key().equals(frameworkKey))
                .findFirst().map(FrameworkDetails::of);
    }

    /** The competency with this key in the published version of its framework; empty if none is published. */
    public Optional<CompetencyInVersion> competencyByKey(Session session, String competencyKey) {
        return data.em().createNamedQuery(Framework.COMPETENCY_IN_STATUS, nl.groeipad.competency.entity.Competency.class)
                .setParameter("key", competencyKey).setParameter("statuses", List.of(FrameworkStatus.PUBLISHED))
                .getResultStream().findFirst()
                .map(c -> new CompetencyInVersion(c.framework().id(), c.framework().key(), c.framework().version(),
                        c.framework().title(), FrameworkDetails.CompetencyDetails.of(c)));
    }

    // ---- reading ----------------------------------------------------------------------------

    /** Every framework with its published version and open draft; a participant sees published ones only. */
    public List<FrameworkListing> list(Session session) {
        var byKey = new LinkedHashMap<String, List<Framework>>();
        for (var f : data.em().createNamedQuery(Framework.ALL, Framework.class).getResultList()) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        var listings = new ArrayList<FrameworkListing>();
        for (var versions : byKey.values()) {
            var published = versions.stream().filter(f -> f.status() == FrameworkStatus.PUBLISHED).findFirst();
            var draft = versions.stream().filter(Framework::isDraft).findFirst();
            if (!access.isCoach(session)) {
                published.ifPresent(p -> listings.add(new FrameworkListing(p.key(), p.title(), FrameworkSummary.of(p),
                        null, 1)));
                continue;
            }
            var current = draft.or(() -> published).orElse(versions.getLast());
            listings.add(new FrameworkListing(current.key(), published.map(Framework::title).orElse(current.title()),
                    published.map(FrameworkSummary::of).orElse(null), draft.map(FrameworkSummary::of).orElse(null),
                    versions.size()));
        }
        listings.sort(java.util.Comparator.comparing(FrameworkListing::title, String.CASE_INSENSITIVE_ORDER));
        return listings;
    }

    /** All versions of the framework the given version belongs to, newest first. */
    public List<FrameworkSummary> versions(Session session, String versionId) {
        var framework = readable(session, versionId);
        return versionsOf(framework.key()).stream()
                .filter(f -> access.isCoach(session) || !f.isDraft())
                .map(FrameworkSummary::of).toList();
    }

    // ---- writing drafts ---------------------------------------------------------------------

    public FrameworkDetails create(Session session, DescribeFramework command) {
        requireEditor(session);
        var scale = command.scale() == null ? ScaleLabels.DEFAULT : new ScaleLabels(command.scale());
        var framework = new Framework(null, 1, command.title(), command.description(),
                command.language() == null ? "nl" : command.language(), scale, FrameworkSource.GROEIPAD, clock.instant(),
                session.userId());
        if (command.observationPeriodDays() != null) {
            framework.setObservationPeriod(command.observationPeriodDays(), clock.instant());
        }
        data.em().persist(framework);
        return changed(framework);
    }

    public FrameworkDetails describe(Session session, String draftId, Precondition seen, DescribeFramework command) {
        var draft = editable(session, draftId, seen);
        var now = clock.instant();
        draft.describe(command.title(), command.description(),
                command.language() == null ? draft.language() : command.language(), now);
        if (command.scale() != null) {
            draft.relabelScale(new ScaleLabels(command.scale()), now);
        }
        if (command.observationPeriodDays() != null) {
            draft.setObservationPeriod(command.observationPeriodDays(), now);
        }
        return changed(draft);
    }

    /** What a change to a part of a draft answers: that part, and the draft's revision after the change. */
    public record Revised<T>(T part, int revision) {
    }

    /** Adds a group at the end of its parent (no precondition needed: it appends). */
    public Revised<FrameworkDetails.GroupDetails> addGroup(Session session, String draftId, Precondition seen,
                                                           WriteGroup command) {
        var draft = editable(session, draftId, seen);
        var group = draft.addGroup(blankToNull(command.parentKey()), command.code(), command.title(), CaseOrigin.none(),
                clock.instant());
        return revised(draft, () -> FrameworkDetails.GroupDetails.of(group));
    }

    public Revised<FrameworkDetails.GroupDetails> reviseGroup(Session session, String draftId, Precondition seen,
                                                              String groupId, WriteGroup command) {
        var draft = editable(session, draftId, seen);
        var group = draft.reviseGroup(groupId, command.code(), command.title(), clock.instant());
        return revised(draft, () -> FrameworkDetails.GroupDetails.of(group));
    }

    public int removeGroup(Session session, String draftId, Precondition seen, String groupId) {
        var draft = editable(session, draftId, seen);
        parked(draft, Renumbering.GROUP_REMOVAL, groupId, null);
        draft.removeGroup(groupId, clock.instant());
        return revised(draft, () -> null).revision();
    }

    /** Adds a competency at the end of its group (no precondition needed: it appends). */
    public Revised<FrameworkDetails.CompetencyDetails> addCompetency(Session session, String draftId, Precondition seen,
                                                                     WriteCompetency command) {
        var draft = editable(session, draftId, seen);
        var competency = draft.addCompetency(blankToNull(command.groupKey()), command.code(), command.title(),
                command.description(), CaseOrigin.none(), clock.instant());
        return revised(draft, () -> FrameworkDetails.CompetencyDetails.of(competency));
    }

    public Revised<FrameworkDetails.CompetencyDetails> reviseCompetency(Session session, String draftId, Precondition seen,
                                                                        String competencyId, WriteCompetency command) {
        var draft = editable(session, draftId, seen);
        var group = blankToNull(command.groupKey());
        if (draft.competency(competencyId).filter(c -> !java.util.Objects.equals(c.groupKey(), group)).isPresent()) {
            parked(draft, Renumbering.COMPETENCY_REGROUPING, competencyId, group);
        }
        var competency = draft.reviseCompetency(competencyId, group, command.code(), command.title(),
                command.description(), clock.instant());
        return revised(draft, () -> FrameworkDetails.CompetencyDetails.of(competency));
    }

    public int removeCompetency(Session session, String draftId, Precondition seen, String competencyId) {
        var draft = editable(session, draftId, seen);
        parked(draft, Renumbering.COMPETENCY_REMOVAL_OR_MOVE, competencyId, null);
        draft.removeCompetency(competencyId, clock.instant());
        return revised(draft, () -> null).revision();
    }

    public FrameworkDetails moveCompetency(Session session, String draftId, Precondition seen, String competencyId,
                                           int position) {
        var draft = editable(session, draftId, seen);
        parked(draft, Renumbering.COMPETENCY_REMOVAL_OR_MOVE, competencyId, null);
        draft.moveCompetency(competencyId, position, clock.instant());
        return changed(draft);
    }

    /** Adds an indicator at the end of its competency (no precondition needed: it appends). */
    public Revised<FrameworkDetails.IndicatorDetails> addIndicator(Session session, String draftId, Precondition seen,
                                                                   String competencyId, WriteIndicator command) {
        var draft = editable(session, draftId, seen);
        var indicator = draft.addIndicator(competencyId, command.code(), command.description(), levels(command),
                CaseOrigin.none(), clock.instant());
        return revised(draft, () -> FrameworkDetails.IndicatorDetails.of(indicator));
    }

    public Revised<FrameworkDetails.IndicatorDetails> reviseIndicator(Session session, String draftId, Precondition seen,
                                                                      String competencyId, String indicatorId,
                                                                      WriteIndicator command) {
        var draft = editable(session, draftId, seen);
        var indicator = draft.reviseIndicator(competencyId, indicatorId, command.code(), command.description(),
                levels(command), clock.instant());
        return revised(draft, () -> FrameworkDetails.IndicatorDetails.of(indicator));
    }

    public int removeIndicator(Session session, String draftId, Precondition seen, String competencyId,
                               String indicatorId) {
        var draft = editable(session, draftId, seen);
        parked(draft, Renumbering.INDICATOR_REMOVAL_OR_MOVE, competencyId, null);
        draft.removeIndicator(competencyId, indicatorId, clock.instant());
        return revised(draft, () -> null).revision();
    }

    public FrameworkDetails moveIndicator(Session session, String draftId, Precondition seen, String competencyId,
                                          String indicatorId, int position) {
        var draft = editable(session, draftId, seen);
        parked(draft, Renumbering.INDICATOR_REMOVAL_OR_MOVE, competencyId, null);
        draft.moveIndicator(competencyId, indicatorId, position, clock.instant());
        return changed(draft);
    }

    // ---- versions ---------------------------------------------------------------------------

    /**
     * The draft becomes the version in use; the version that was in use becomes superseded. An idempotent-looking
     * but final transition: the precondition is optional (checked when sent), so a coach can publish exactly
     * the draft they reviewed.
     */
    public FrameworkDetails publish(Session session, String draftId, Precondition seen) {
        var draft = editable(session, draftId, seen);
        draft.requirePublishable();
        var now = clock.instant();
        var previous = versionsOf(draft.key()).stream().filter(f -> f.status() == FrameworkStatus.PUBLISHED).findFirst();
        if (previous.isPresent()) {
            previous.get().supersede(now);
            data.em().flush(); // one published version per framework: the old one steps back first
        }
        draft.publish(now);
        return changed(draft);
    }

    /** A new draft copied from the published version, with the same keys. */
    public FrameworkDetails newDraft(Session session, String publishedId) {
        requireEditor(session);
        var published = load(publishedId);
        var draft = published.nextDraft(nextVersion(published.key()), clock.instant(), session.userId());
        data.em().persist(draft);
        return changed(draft);
    }

    /** Throws a draft away — the draft as the caller saw it; published versions stay forever. */
    public void discard(Session session, String draftId, Precondition seen) {
        var draft = editable(session, draftId, seen);
        draft.requireDiscardable();
        data.em().remove(draft);
    }

    // ---- interchange ------------------------------------------------------------------------

    /** Imports a CASE CFPackage as a draft, all or nothing. */
    public FrameworkDetails importCase(Session session, InputStream json) {
        requireEditor(session);
        return store(CaseImport.read(json, this::nextVersion, clock.instant(), session.userId()));
    }

    /** Imports a Moodle competency framework CSV as a draft, all or nothing. */
    public FrameworkDetails importMoodle(Session session, InputStream csv) {
        requireEditor(session);
        return store(MoodleCsvImport.read(csv, this::nextVersion, clock.instant(), session.userId()));
    }

    public JsonObject exportCase(Session session, String versionId, String base) {
        requireEditor(session);
        return new CaseExport(load(versionId), base, creator(session)).cfPackage();
    }

    public MoodleFile exportMoodle(Session session, String versionId) {
        requireEditor(session);
        var framework = load(versionId);
        return new MoodleFile(fileName(framework) + ".csv", MoodleCsvExport.export(framework));
    }

    /** A Moodle CSV export and the name to save it under. */
    public record MoodleFile(String name, String csv) {
    }

    // ---- CASE REST binding: the current version of each framework ---------------------------

    public List<JsonObject> caseDocuments(Session session, String base) {
        requireEditor(session);
        var creator = creator(session);
        return current().stream().map(f -> new CaseExport(f, base, creator).document(true)).toList();
    }

    public JsonObject caseDocument(Session session, String documentId, String base) {
        requireEditor(session);
        return new CaseExport(currentByKey(documentId), base, creator(session)).document(true);
    }

    public JsonObject casePackage(Session session, String documentId, String base) {
        requireEditor(session);
        return new CaseExport(currentByKey(documentId), base, creator(session)).cfPackage();
    }

    public JsonObject caseItem(Session session, String itemId, String base) {
        requireEditor(session);
        var creator = creator(session);
        for (var framework : current()) {
            var item = new CaseExport(framework, base, creator).item(itemId);
            if (item.isPresent()) {
                return item.get();
            }
        }
        throw NotFound.of(Text.of("dit CASE-item", "this CASE item"));
    }

    /** Per framework the version CASE serves: the published one, else the open draft. */
    private List<Framework> current() {
        var byKey = new LinkedHashMap<String, Framework>();
        for (var f : inStatus(List.of(FrameworkStatus.PUBLISHED, FrameworkStatus.DRAFT))) {
            byKey.merge(f.key(), f, (a, b) -> a.status() == FrameworkStatus.PUBLISHED ? a : b);
        }
        return List.copyOf(byKey.values());
    }

    private Framework currentByKey(String key) {
        return current().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> NotFound.of(Text.of("dit CASE-document", "this CASE document")));
    }

    // ---- rules and helpers ------------------------------------------------------------------

    private FrameworkDetails store(Framework imported) {
        var keys = new HashSet<String>();
        imported.groups().forEach(g -> keys.add(g.key()));
        imported.competencies().forEach(c -> {
            keys.add(c.key());
            c.indicators().forEach(i -> keys.add(i.key()));
        });
        var clash = keysElsewhere(imported.key(), keys);
        if (clash.isPresent()) {
            throw new Conflict("key-in-other-framework", new Text(
                    "De identifier " + clash.get() + " hoort al bij een ander raamwerk. Er is niets ingelezen.",
                    "The identifier " + clash.get() + " already belongs to another framework. Nothing was imported."));
        }
        data.em().persist(imported);
        return changed(imported);
    }

    private Optional<String> keysElsewhere(String frameworkKey, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        for (var query : List.of(Framework.GROUP_KEYS_ELSEWHERE, Framework.COMPETENCY_KEYS_ELSEWHERE,
                Framework.INDICATOR_KEYS_ELSEWHERE)) {
            var found = data.em().createNamedQuery(query, String.class).setParameter("keys", keys)
                    .setParameter("frameworkKey", frameworkKey).setMaxResults(1).getResultList();
            if (!found.isEmpty()) {
                return Optional.of(found.getFirst());
            }
        }
        return Optional.empty();
    }

    /** The next version number for a framework key; refuses while a draft of it is open. */
    int nextVersion(String frameworkKey) {
        var versions = versionsOf(frameworkKey);
        if (versions.stream().anyMatch(Framework::isDraft)) {
            throw new Conflict("draft-exists", new Text(
                    "Er is al een concept van dit raamwerk. Publiceer of verwijder dat concept eerst.",
                    "There already is a draft of this framework. Publish or delete that draft first."));
        }
        return versions.isEmpty() ? 1 : versions.getFirst().version() + 1;
    }

    private List<Framework> versionsOf(String key) {
        return data.em().createNamedQuery(Framework.VERSIONS, Framework.class).setParameter("key", key).getResultList();
    }

    private List<Framework> inStatus(List<FrameworkStatus> statuses) {
        return data.em().createNamedQuery(Framework.IN_STATUS, Framework.class).setParameter("statuses", statuses)
                .getResultList();
    }

    private Framework load(String id) {
        return Optional.ofNullable(id == null ? null : data.em().find(Framework.class, id))
                .orElseThrow(() -> NotFound.of(Text.of("dit raamwerk", "this framework")));
    }

    private Framework readable(Session session, String id) {
        var framework = load(id);
        if (framework.isDraft() && !access.isCoach(session)) {
            throw NotFound.of(Text.of("dit raamwerk", "this framework")); // a participant never learns that a draft exists
        }
        return framework;
    }

    /**
     * A framework version to change: locked for the rest of the transaction (writers of one draft take turns,
     * its revision rises once), and refused (412) when the revision the caller saw is not the stored one.
     */
    private Framework editable(Session session, String id, Precondition seen) {
        requireEditor(session);
        var framework = data.findForChange(Framework.class, id).orElseThrow(() -> NotFound.of(Text.of("dit raamwerk", "this framework")));
        seen.check(framework.revision(), framework.label(), () -> FrameworkDetails.of(framework));
        data.willChange(framework);
        return framework;
    }

    /** Writes the parked positions of the lists a change renumbers, before it does (positions are unique). */
    private void parked(Framework draft, Renumbering change, String id, String newGroup) {
        draft.parkAround(change, id, newGroup);
        data.em().flush();
    }

    /** The draft as stored now: written first, so it shows the new revision. */
    private FrameworkDetails changed(Framework framework) {
        data.em().flush();
        return FrameworkDetails.of(framework);
    }

    private <T> Revised<T> revised(Framework framework, java.util.function.Supplier<T> part) {
        data.em().flush();
        return new Revised<>(part.get(), framework.revision());
    }

    private void requireEditor(Session session) {
        access.requireCoach(session);
    }

    private String creator(Session session) {
        return tenants.byId(session.tenant()).map(Registration::name).orElse("Groeipad");
    }

    private static LevelTexts levels(WriteIndicator command) {
        return new LevelTexts(command.levelA(), command.levelB(), command.levelC());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String fileName(Framework framework) {
        var slug = java.text.Normalizer.normalize(framework.title(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(java.util.Locale.ROOT);
        return (slug.isEmpty() ? "raamwerk" : CaseJson.clip(slug, 60).replace("…", "")) + "-v" + framework.version();
    }
}
