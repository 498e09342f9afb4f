package nl.groeipad.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.competency.control.FrameworkDetails.CompetencyDetails;
import nl.groeipad.competency.control.Frameworks;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.intake.control.IntakeViews.Lookup;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.entity.PlanId;
import nl.groeipad.plan.entity.CompetencyRef;
import nl.groeipad.plan.entity.GoalDetails;
import nl.groeipad.plan.entity.LearningItemRef;
import nl.groeipad.plan.entity.TargetLevel;
import nl.groeipad.plan.entity.TaskDetails;
import nl.groeipad.platform.entity.Precondition;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/**
 * The coach accepts the suggestions of an intake — as they are, or changed: other competencies (of the intake's
 * framework), other levels, other catalogue items — and they become goals of the participant's plan: one goal
 * per competency (titled by the competency, with its level and a due date), and per chosen item a task on the coming
 * days, linked to the item. The plan is created when the participant has none yet. All in one transaction:
 * either every goal is made or none.
 */
@ApplicationScoped
@Transactional
public class IntakeAcceptance {

    /** When the coach does not give a date: a goal is due in six weeks (within the plan). */
    static final int DEFAULT_WEEKS = 6;
    static final int MAX_GOALS = 5;
    static final int MAX_ITEMS = 10;

    @Inject
    Intakes intakes;

    @Inject
    Frameworks frameworks;

    @Inject
    Catalogue catalogue;

    @Inject
    Plans plans;

    @Inject
    PlanCalendar calendar;

    /** One accepted (or changed) suggestion: a competency of the intake's framework, a level, items, a due date. */
    public record Choice(String competencyKey, String level, List<String> itemIds, LocalDate dueOn) {
        public Choice {
            itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
        }
    }

    /**
     * The plan the goals went into, the new goals' ids, and the chosen goals that were in the plan already
     * (competency titles with their level); {@code message} says what happened, in the coach's language.
     */
    public record Accepted(String planId, List<String> goalIds, List<String> alreadyInPlan, String message) {
        /** Nothing new: every chosen goal was in the plan already (the answer is 200, not 201). */
        public boolean nothingNew() {
            return goalIds.isEmpty();
        }
    }

    /** A choice checked against the intake's framework: the goal it makes, with its tasks. */
    record Planned(Choice choice, Plans.NewGoal goal) {
        String label() {
            return goal.details().competency().title() + " (" + goal.details().level().name() + ")";
        }
    }

    /** The chosen goals split into the ones to add and the ones the plan holds already. */
    record Split(List<Planned> fresh, List<Planned> inPlan) {
    }

    /**
     * The idempotency rule: a chosen goal (competency at a level) that the plan already holds as a suggested goal
     * is not added again; the rest is. Pure, so it is unit-tested; the plan's own rule and the database's unique
     * key stand behind it.
     */
    static Split split(List<Planned> chosen, PlanView plan) {
        var fresh = new ArrayList<Planned>();
        var inPlan = new ArrayList<Planned>();
        for (var planned : chosen) {
            var details = planned.goal().details();
            var held = plan != null && plan.holdsSuggestion(details.competency().key(), details.level().name());
            (held ? inPlan : fresh).add(planned);
        }
        return new Split(List.copyOf(fresh), List.copyOf(inPlan));
    }

    /**
     * The coach accepts the suggestions as they read them. Idempotent: goals the plan already holds (the same
     * competency at the same level, made from a suggestion) are not added again — a double click or a second
     * acceptance answers "already in the plan" (200) without changing anything, so it needs no fresh version.
     * When something new is added, it is a read-modify-write: the precondition (the intake's version then) must
     * still hold (412 otherwise), so nobody plans on stale suggestions. The intake is locked first, so two
     * acceptances of one intake take turns and the second sees the first one's goals.
     */
    public Accepted accept(Session session, String courseId, String participantId, String intakeId, Precondition seen,
                           List<Choice> choices) {
        var intake = intakes.coachIntakeLocked(session, courseId, participantId, intakeId);
        if (choices == null || choices.isEmpty() || choices.size() > MAX_GOALS) {
            throw new InvalidField("goals", new Text("Kies 1 tot " + MAX_GOALS + " competenties voor het plan.",
                    "Choose 1 to " + MAX_GOALS + " competencies for the plan."));
        }
        var lookup = Lookup.of(frameworks.version(session, intake.frameworkVersionId()));
        var existing = existingPlan(session, courseId, participantId);
        var today = calendar.today();
        var chosen = new ArrayList<Planned>();
        var keys = new HashSet<String>();
        for (int i = 0; i < choices.size(); i++) {
            var choice = Objects.requireNonNull(choices.get(i), "choice");
            var field = "goals[" + i + "].";
            var competency = lookup.framework().competencies().stream()
                    .filter(c -> c.key().equals(choice.competencyKey())).findFirst()
                    .orElseThrow(() -> new InvalidField(field + "competencyKey", new Text(
                            "Kies een competentie uit het raamwerk van de intake.",
                            "Choose a competency of the intake's framework.")));
            if (!keys.add(competency.key())) {
                throw new InvalidField(field + "competencyKey", new Text("Kies elke competentie maar één keer.",
                        "Choose each competency only once."));
            }
            var level = Level.parse(choice.level()).orElseThrow(() -> new InvalidField(field + "level",
                    new Text("Kies niveau A, B of C.", "Choose level A, B or C.")));
            var dueOn = choice.dueOn() != null ? choice.dueOn() : defaultDue(today, existing);
            chosen.add(new Planned(choice, new Plans.NewGoal(goal(competency, level, dueOn),
                    tasks(field, choice.itemIds(), calendar.firstDayForNewWork(), dueOn), true)));
        }
        var split = split(chosen, existing);
        var already = split.inPlan().stream().map(Planned::label).toList();
        if (split.fresh().isEmpty()) {
            return new Accepted(existing.id(), List.of(), already, message(0, already.size()).in(session.language()));
        }
        intakes.willChange(session, intake, seen);
        var goals = split.fresh().stream().map(Planned::goal).toList();
        List<String> goalIds;
        String planId;
        if (existing == null) {
            var plan = plans.createPlan(session, courseId, new Plans.NewPlan(participantId, null, null, goals));
            planId = plan.id();
            goalIds = plan.goals().stream().map(g -> g.id()).toList();
        } else {
            planId = existing.id();
            var plan = PlanId.of(planId);
            goalIds = goals.stream().map(g -> plans.addGoal(session, plan, g).id()).toList();
        }
        intake.suggestionsAccepted(calendar.now());
        return new Accepted(planId, goalIds, already, message(goalIds.size(), already.size()).in(session.language()));
    }

    /** "In het plan gezet: 2 doelen. 1 doel stond er al in." — with correct plurals. */
    static Text message(int added, int inPlan) {
        var nl = new StringBuilder();
        var en = new StringBuilder();
        if (added > 0) {
            nl.append("In het plan gezet: ").append(added == 1 ? "1 doel." : added + " doelen.");
            en.append("Put in the plan: ").append(added == 1 ? "1 goal." : added + " goals.");
        }
        if (inPlan > 0) {
            if (added > 0) {
                nl.append(' ');
                en.append(' ');
                nl.append(inPlan == 1 ? "1 doel stond er al in." : inPlan + " doelen stonden er al in.");
                en.append(inPlan == 1 ? "1 goal was in it already." : inPlan + " goals were in it already.");
            } else {
                nl.append(inPlan == 1 ? "Dit doel staat al in het plan. Er is niets dubbel gezet."
                        : "Deze " + inPlan + " doelen staan al in het plan. Er is niets dubbel gezet.");
                en.append(inPlan == 1 ? "This goal is already in the plan. Nothing was added twice."
                        : "These " + inPlan + " goals are already in the plan. Nothing was added twice.");
            }
        }
        return new Text(nl.toString(), en.toString());
    }

    private PlanView existingPlan(Session session, String courseId, String participantId) {
        return plans.findPlanOf(session, courseId, participantId).orElse(null);
    }

    private static LocalDate defaultDue(LocalDate today, PlanView plan) {
        var due = today.plusWeeks(DEFAULT_WEEKS);
        return plan != null && due.isAfter(plan.endsOn()) ? plan.endsOn() : due;
    }

    /**
     * The goal in plain words: the competency as the framework names it ("Veilig werken"); the level is the goal's own
     * field, shown apart (issue 8 §3: not a generated "Ik werk aan: Veilig werken (niveau A)").
     */
    static GoalDetails goal(CompetencyDetails competency, Level level, LocalDate dueOn) {
        var title = clip(competency.title(), 200);
        return new GoalDetails(title, new CompetencyRef(competency.key(), clip(competency.title(), 300)),
                TargetLevel.valueOf(level.name()), dueOn);
    }

    /**
     * One task per item, on every other day from the first day for new work (today during the working day, so the
     * plan has something to do today), never after the goal's date.
     */
    private List<TaskDetails> tasks(String field, List<String> itemIds, LocalDate first, LocalDate dueOn) {
        if (itemIds.size() > MAX_ITEMS) {
            throw new InvalidField(field + "itemIds", new Text("Kies hoogstens " + MAX_ITEMS + " leermiddelen.",
                    "Choose at most " + MAX_ITEMS + " items."));
        }
        var items = catalogue.summaries(itemIds);
        if (items.size() != new HashSet<>(itemIds).size()) {
            throw new InvalidField(field + "itemIds", new Text("Dit leermateriaal bestaat niet (meer).",
                    "This learning material does not exist (any more)."));
        }
        var tasks = new ArrayList<TaskDetails>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var day = first.plusDays(2L * i);
            tasks.add(new TaskDetails(clip(item.title(), 200), day.isAfter(dueOn) ? dueOn : day,
                    new LearningItemRef(item.id(), clip(item.title(), 300), item.url())));
        }
        return tasks;
    }

    private static String clip(String text, int max) {
        var t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }
}
