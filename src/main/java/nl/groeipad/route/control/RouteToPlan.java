package nl.groeipad.route.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.groeipad.plan.control.Plans.NewGoal;
import nl.groeipad.plan.entity.CompetencyRef;
import nl.groeipad.plan.entity.GoalDetails;
import nl.groeipad.plan.entity.LearningItemRef;
import nl.groeipad.plan.entity.TargetLevel;
import nl.groeipad.plan.entity.TaskDetails;
import nl.groeipad.route.control.RouteViews.MaterialView;
import nl.groeipad.route.control.RouteViews.StepView;

/**
 * How steps of a route become goals of a plan van aanpak: each step one goal (its title, its competency by key
 * and title, its level; the goal remembers its step, for route progress), each of its learning materials one task on a day. Days the coach chose are used as
 * they are; the others are spread over working days (Monday to Friday) from the start, one task every
 * {@code everyDays} working days, in route order. A goal is due a week after its last task (two weeks after the
 * start when it has no tasks).
 */
final class RouteToPlan {

    static final int DUE_AFTER_LAST_TASK_DAYS = 7;
    static final int DUE_WITHOUT_TASKS_DAYS = 14;
    private static final int COMPETENCY_TITLE_MAX = 300;

    private RouteToPlan() {
    }

    /** The key under which the coach's chosen day of one material in one step is given. */
    static String key(String stepId, String itemId) {
        return stepId + "/" + itemId;
    }

    static List<NewGoal> goals(List<StepView> steps, LocalDate start, int everyDays, Map<String, LocalDate> chosen) {
        var goals = new ArrayList<NewGoal>();
        var next = firstWorkingDay(start);
        for (var step : steps) {
            var tasks = new ArrayList<TaskDetails>();
            LocalDate last = null;
            for (var item : step.items()) {
                var day = chosen.get(key(step.id(), item.id()));
                if (day == null) {
                    day = next;
                    next = workingDaysAfter(next, everyDays);
                }
                tasks.add(new TaskDetails(item.title(), day, reference(item)));
                last = last == null || day.isAfter(last) ? day : last;
            }
            var due = last == null ? start.plusDays(DUE_WITHOUT_TASKS_DAYS) : last.plusDays(DUE_AFTER_LAST_TASK_DAYS);
            goals.add(NewGoal.fromRouteStep(step.id(), new GoalDetails(step.title(),
                    new CompetencyRef(step.competencyKey(), clip(step.competencyTitle())),
                    TargetLevel.valueOf(step.level()), due), tasks));
        }
        return goals;
    }

    static LocalDate firstWorkingDay(LocalDate day) {
        var d = day;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        var d = day;
        for (var i = 0; i < workingDays; i++) {
            d = firstWorkingDay(d.plusDays(1));
        }
        return d;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LearningItemRef reference(MaterialView item) {
        return new LearningItemRef(item.id(), item.title(), item.online() ? item.url() : null);
    }

    private static String clip(String title) {
        return title.length() <= COMPETENCY_TITLE_MAX ? title : title.substring(0, COMPETENCY_TITLE_MAX - 1) + "…";
    }
}
