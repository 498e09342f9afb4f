package nl.groeipad.route.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.groeipad.plan.control.Plans.NewGoal;
import nl.groeipad.plan.entity.TargetLevel;
import nl.groeipad.plan.entity.TaskDetails;
import nl.groeipad.route.control.RouteViews.MaterialView;
import nl.groeipad.route.control.RouteViews.StepView;
import org.junit.jupiter.api.Test;

class RouteToPlanTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    private static StepView step(String id, String title, String level, MaterialView... items) {
        return new StepView(id, 0, title, "Uitleg", "key-" + id, "row-" + id, "Competentie " + id, level, List.of(items));
    }

    private static MaterialView online(String id) {
        return new MaterialView(id, "Online " + id, null, "online-lesson", true, "https://www.oefenen.nl/", 10,
                List.of("A"), "Oefenen.nl", false);
    }

    private static MaterialView offline(String id) {
        return new MaterialView(id, "Opdracht " + id, null, "workplace-assignment", false, null, 20, List.of("A"), null, true);
    }

    private static List<LocalDate> days(NewGoal goal) {
        return goal.tasks().stream().map(TaskDetails::plannedOn).toList();
    }

    @Test
    void eachStepBecomesAGoalWithItsCompetencyAndLevel() {
        var goals = RouteToPlan.goals(List.of(step("s1", "Op tijd op je werk", "A", offline("i1")),
                step("s2", "Veilig werken", "B")), MONDAY, 1, Map.of());
        assertThat(goals).hasSize(2);
        var first = goals.getFirst().details();
        assertThat(first.title()).isEqualTo("Op tijd op je werk");
        assertThat(first.competency().key()).isEqualTo("key-s1");
        assertThat(first.competency().title()).isEqualTo("Competentie s1");
        assertThat(first.level()).isEqualTo(TargetLevel.A);
        assertThat(goals.get(1).details().level()).isEqualTo(TargetLevel.B);
    }

    @Test
    void materialBecomesTasksSpreadOverWorkingDaysInRouteOrder() {
        var goals = RouteToPlan.goals(List.of(step("s1", "Een", "A", offline("i1"), online("i2"), offline("i3")),
                step("s2", "Twee", "A", offline("i4"), offline("i5"))), MONDAY, 1, Map.of());
        assertThat(days(goals.get(0))).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
        assertThat(days(goals.get(1))).as("Thursday, Friday").containsExactly(MONDAY.plusDays(3), MONDAY.plusDays(4));
    }

    @Test
    void weekendsAreSkippedAndTheGapIsCountedInWorkingDays() {
        var saturday = MONDAY.minusDays(2);
        var goals = RouteToPlan.goals(List.of(step("s1", "Een", "A", offline("i1"), offline("i2"), offline("i3"))),
                saturday, 2, Map.of());
        assertThat(days(goals.getFirst())).containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4));
    }

    @Test
    void theCoachsChosenDaysAreKeptAndTheRestIsSpread() {
        var chosen = LocalDate.parse("2026-12-10");
        var goals = RouteToPlan.goals(List.of(step("s1", "Een", "A", offline("i1"), offline("i2"), offline("i3"))),
                MONDAY, 1, Map.of(RouteToPlan.key("s1", "i2"), chosen));
        assertThat(days(goals.getFirst())).containsExactly(MONDAY, chosen, MONDAY.plusDays(1));
    }

    @Test
    void tasksNameTheirMaterialAndOnlineMaterialKeepsItsAddress() {
        var tasks = RouteToPlan.goals(List.of(step("s1", "Een", "A", online("i1"), offline("i2"))), MONDAY, 1, Map.of())
                .getFirst().tasks();
        assertThat(tasks.get(0).title()).isEqualTo("Online i1");
        assertThat(tasks.get(0).item().catalogueItemId()).isEqualTo("i1");
        assertThat(tasks.get(0).item().url()).isEqualTo("https://www.oefenen.nl/");
        assertThat(tasks.get(1).item().url()).isNull();
    }

    @Test
    void aGoalIsDueAWeekAfterItsLastTaskOrTwoWeeksAfterTheStart() {
        var goals = RouteToPlan.goals(List.of(step("s1", "Een", "A", offline("i1"), offline("i2")), step("s2", "Twee", "A")),
                MONDAY, 1, Map.of());
        assertThat(goals.get(0).details().dueOn()).isEqualTo(MONDAY.plusDays(1 + 7));
        assertThat(goals.get(1).details().dueOn()).isEqualTo(MONDAY.plusDays(14));
    }
}
