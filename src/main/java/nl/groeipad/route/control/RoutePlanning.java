package nl.groeipad.route.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import nl.groeipad.plan.control.PlanCalendar;
import nl.groeipad.plan.control.PlanViews.PlanView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.entity.PlanId;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.route.control.RouteViews.StepView;

/**
 * "Maak een plan van deze route": the coach turns the first steps of a participant's route into goals of
 * their plan van aanpak, and the steps' material into tasks on days (see {@link RouteToPlan}), through the
 * plan feature's control API. A participant without a plan gets one (from the start day, for the usual
 * period); a plan that exists gets the goals added. All or nothing, in one transaction.
 */
@ApplicationScoped
@Transactional
public class RoutePlanning {

    /** How many steps become goals when the coach does not choose. */
    public static final int DEFAULT_STEPS = 2;
    public static final int MAX_EVERY_DAYS = 10;

    @Inject
    Routes routes;

    @Inject
    Plans plans;

    @Inject
    PlanCalendar calendar;

    /**
     * @param stepIds   the steps to plan, in route order (null: the first {@value #DEFAULT_STEPS})
     * @param startsOn  the first day (null: today)
     * @param everyDays working days between spread tasks (null: 1)
     * @param days      days the coach chose for some material (others are spread)
     */
    public record PlanFromRoute(List<String> stepIds, LocalDate startsOn, Integer everyDays, List<TaskDay> days) {
        public PlanFromRoute {
            stepIds = stepIds == null ? null : List.copyOf(stepIds);
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    /** The day a material of a step is planned on. */
    public record TaskDay(String stepId, String itemId, LocalDate day) {
    }

    public PlanView planFromRoute(Session session, String courseId, String participantId, PlanFromRoute command) {
        var route = routes.personalRoute(session, courseId, participantId);
        var steps = chosenSteps(route.steps(), command.stepIds());
        var start = command.startsOn() == null ? calendar.today() : command.startsOn();
        var every = command.everyDays() == null ? 1 : command.everyDays();
        if (every < 1 || every > MAX_EVERY_DAYS) {
            throw new InvalidField("everyDays", new Text("Kies 1 tot " + MAX_EVERY_DAYS + " werkdagen tussen de taken.",
                    "Choose 1 to " + MAX_EVERY_DAYS + " working days between tasks."));
        }
        var planned = new HashSet<String>();
        steps.forEach(s -> s.items().forEach(i -> planned.add(RouteToPlan.key(s.id(), i.id()))));
        var chosen = new HashMap<String, LocalDate>();
        for (var day : command.days()) {
            var key = RouteToPlan.key(day.stepId(), day.itemId());
            if (!planned.contains(key) || day.day() == null) {
                throw new InvalidField("days", new Text("Kies een dag voor leermateriaal uit de gekozen stappen.",
                        "Choose a day for material of the chosen steps."));
            }
            chosen.put(key, day.day());
        }
        var goals = RouteToPlan.goals(steps, start, every, chosen);
        var existing = plans.findPlanOf(session, courseId, participantId);
        if (existing.isPresent()) {
            var planId = PlanId.of(existing.get().id());
            goals.forEach(goal -> plans.addGoal(session, planId, goal));
            return plans.plan(session, planId);
        }
        return plans.createPlan(session, courseId, new Plans.NewPlan(participantId, start, null, goals));
    }

    private static List<StepView> chosenSteps(List<StepView> steps, List<String> stepIds) {
        if (stepIds == null) {
            return steps.stream().limit(DEFAULT_STEPS).toList();
        }
        var wanted = new HashSet<>(stepIds);
        var chosen = steps.stream().filter(s -> wanted.contains(s.id())).toList();
        if (chosen.isEmpty() || chosen.size() != wanted.size()) {
            throw new InvalidField("stepIds", new Text("Kies een of meer stappen van deze route.",
                    "Choose one or more steps of this route."));
        }
        return chosen;
    }
}
