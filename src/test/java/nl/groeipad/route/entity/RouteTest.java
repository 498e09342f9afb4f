package nl.groeipad.route.entity;

import static nl.groeipad.route.entity.RouteFixtures.ADVICE;
import static nl.groeipad.route.entity.RouteFixtures.COURSE;
import static nl.groeipad.route.entity.RouteFixtures.LATER;
import static nl.groeipad.route.entity.RouteFixtures.NOT_IN_FRAMEWORK;
import static nl.groeipad.route.entity.RouteFixtures.NOW;
import static nl.groeipad.route.entity.RouteFixtures.ON_TIME;
import static nl.groeipad.route.entity.RouteFixtures.PARTICIPANT;
import static nl.groeipad.route.entity.RouteFixtures.SAFETY;
import static nl.groeipad.route.entity.RouteFixtures.assignment;
import static nl.groeipad.route.entity.RouteFixtures.emptyTemplate;
import static nl.groeipad.route.entity.RouteFixtures.framework;
import static nl.groeipad.route.entity.RouteFixtures.lesson;
import static nl.groeipad.route.entity.RouteFixtures.step;
import static nl.groeipad.route.entity.RouteFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouteTest {

    private static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Nested
    class ATemplate {

        @Test
        void isBuiltOnOneFrameworkVersionAndStartsEmpty() {
            var route = emptyTemplate();
            assertThat(route.isTemplate()).isTrue();
            assertThat(route.frameworkId()).isEqualTo("version-1");
            assertThat(route.frameworkTitle()).isEqualTo("Werknemersvaardigheden (WPO-stijl)");
            assertThat(route.targets()).isEmpty();
            assertThat(route.steps()).isEmpty();
            assertThat(route.status()).isEqualTo(RouteStatus.ACTIVE);
            assertThat(route.templateId()).isNull();
        }

        @Test
        void needsATitleOfAtMost200Characters() {
            assertInvalid(() -> Route.template(" ", null, framework(), "coach-1", NOW), "title");
            assertInvalid(() -> Route.template("x".repeat(201), null, framework(), "coach-1", NOW), "title");
            assertThat(Route.template("  Starten  ", " ", framework(), "coach-1", NOW).title()).isEqualTo("Starten");
        }

        @Test
        void keepsADescriptionOfAtMost4000Characters() {
            assertInvalid(() -> Route.template("Starten", "x".repeat(4001), framework(), "coach-1", NOW), "description");
            var route = emptyTemplate();
            route.describe("Nieuw", "Andere uitleg", LATER);
            assertThat(route.title()).isEqualTo("Nieuw");
            assertThat(route.description()).isEqualTo("Andere uitleg");
            assertThat(route.updatedAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Targets {

        @Test
        void aimAtALevelOfACompetencyOfTheFramework() {
            var route = emptyTemplate();
            var target = route.target(framework(), SAFETY, Level.C, NOW);
            assertThat(target.competency()).isEqualTo(new RouteCompetency(SAFETY, "row-safety", "Veilig werken"));
            assertThat(target.level()).isEqualTo(Level.C);
        }

        @Test
        void aimingAtTheSameCompetencyAgainChangesTheLevel() {
            var route = emptyTemplate();
            route.target(framework(), SAFETY, Level.A, NOW);
            route.target(framework(), ON_TIME, Level.B, NOW);
            route.target(framework(), SAFETY, Level.B, NOW);
            assertThat(route.targets()).extracting(Target::competencyKey).containsExactly(SAFETY, ON_TIME);
            assertThat(route.targets().getFirst().level()).isEqualTo(Level.B);
        }

        @Test
        void mustBeACompetencyOfTheRoutesFrameworkVersion() {
            assertInvalid(() -> emptyTemplate().target(framework(), NOT_IN_FRAMEWORK, Level.A, NOW), "competencyKey");
        }

        @Test
        void refusesAnotherFrameworkVersionAsAProgrammingError() {
            var other = new FrameworkVersion("version-2", "framework-key", "Werknemersvaardigheden", 2,
                    framework().competencies());
            assertThatThrownBy(() -> emptyTemplate().target(other, SAFETY, Level.A, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void needALevel() {
            assertInvalid(() -> emptyTemplate().target(framework(), SAFETY, null, NOW), "level");
        }

        @Test
        void areRemovedByCompetencyKey() {
            var route = emptyTemplate();
            route.target(framework(), SAFETY, Level.A, NOW);
            route.target(framework(), ON_TIME, Level.A, NOW);
            route.removeTarget(SAFETY, LATER);
            assertThat(route.targets()).extracting(Target::competencyKey).containsExactly(ON_TIME);
            assertThat(route.targets().getFirst().position()).isZero();
            assertThatThrownBy(() -> route.removeTarget(SAFETY, LATER)).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class LevelsAreAOrBOrC {

        @Test
        void aLetterIsRead() {
            assertThat(RouteRules.level("level", "A")).isEqualTo(Level.A);
            assertThat(RouteRules.level("level", " c ")).isEqualTo(Level.C);
        }

        @Test
        void anythingElseIsRefusedNamingTheField() {
            for (var wrong : new String[] {null, "", "D", "AB", "Niveau A", "1"}) {
                assertInvalid(() -> RouteRules.level("level", wrong), "level");
            }
        }
    }

    @Nested
    class Steps {

        @Test
        void areAddedInOrderWithTheirCompetencyFromTheFramework() {
            var route = template();
            assertThat(route.steps()).extracting(Step::title).containsExactly("Op tijd op je werk", "Veilig werken");
            assertThat(route.steps()).extracting(Step::position).containsExactly(0, 1);
            assertThat(route.steps().get(1).competency().id()).isEqualTo("row-safety");
            assertThat(route.steps().get(1).level()).isEqualTo(Level.A);
        }

        @Test
        void workOnACompetencyOfTheRoutesFramework() {
            assertInvalid(() -> emptyTemplate().addStep(framework(), step("Iets", NOT_IN_FRAMEWORK, Level.A), NOW),
                    "competencyKey");
        }

        @Test
        void needATitleACompetencyAndALevel() {
            assertInvalid(() -> step(" ", SAFETY, Level.A), "title");
            assertInvalid(() -> step("Iets", " ", Level.A), "competencyKey");
            assertInvalid(() -> step("Iets", SAFETY, null), "level");
            assertInvalid(() -> new StepDetails("Iets", "x".repeat(4001), SAFETY, Level.A), "description");
        }

        @Test
        void areRevisedWithoutLosingTheirMaterial() {
            var route = template();
            var first = route.steps().getFirst();
            route.reviseStep(framework(), first.id(), step("Op tijd beginnen", ADVICE, Level.B), LATER);
            assertThat(first.title()).isEqualTo("Op tijd beginnen");
            assertThat(first.competency().key()).isEqualTo(ADVICE);
            assertThat(first.level()).isEqualTo(Level.B);
            assertThat(first.items()).hasSize(2);
            assertInvalid(() -> route.reviseStep(framework(), first.id(), step("X", NOT_IN_FRAMEWORK, Level.A), LATER),
                    "competencyKey");
        }

        @Test
        void areReorderedAndRemoved() {
            var route = template();
            var third = route.addStep(framework(), step("Hulp vragen", ADVICE, Level.A), NOW);
            route.moveStep(third.id(), 0, LATER);
            assertThat(route.steps()).extracting(Step::title)
                    .containsExactly("Hulp vragen", "Op tijd op je werk", "Veilig werken");
            route.moveStep(third.id(), 99, LATER);
            assertThat(route.steps()).extracting(Step::title).last().isEqualTo("Hulp vragen");
            route.removeStep(route.steps().getFirst().id(), LATER);
            assertThat(route.steps()).extracting(Step::title).containsExactly("Veilig werken", "Hulp vragen");
            assertThat(route.steps()).extracting(Step::position).containsExactly(0, 1);
            assertThatThrownBy(() -> route.removeStep("unknown", LATER)).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class Material {

        @Test
        void isLinkedToAStepInOrder() {
            var route = template();
            var first = route.steps().getFirst();
            assertThat(first.items()).extracting(StepItem::itemId).containsExactly("item-video", "item-travel");
            assertThat(first.items()).extracting(StepItem::suggested).containsExactly(false, true);
            assertThat(route.itemIds()).containsExactly("item-video", "item-travel");
        }

        @Test
        void isLinkedToAStepOnce() {
            var route = template();
            var first = route.steps().getFirst();
            assertThatThrownBy(() -> route.link(first.id(), lesson("item-video"), false, NOW))
                    .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.type()).isEqualTo("item-already-linked"));
            route.link(route.steps().get(1).id(), lesson("item-video"), false, NOW);
            assertThat(route.itemIds()).containsExactly("item-video", "item-travel");
        }

        @Test
        void onlyAWorkplaceAssignmentIsASuggestedWorkplaceAssignment() {
            var route = template();
            var second = route.steps().get(1).id();
            assertInvalid(() -> route.link(second, lesson("item-quiz"), true, NOW), "suggested");
            route.link(second, assignment("item-round"), true, NOW);
            route.link(second, assignment("item-checklist"), false, NOW);
            assertThat(route.step(second).items()).extracting(StepItem::suggested).containsExactly(true, false);
        }

        @Test
        void isReorderedAndUnlinked() {
            var route = template();
            var first = route.steps().getFirst().id();
            route.moveItem(first, "item-travel", 0, LATER);
            assertThat(route.step(first).items()).extracting(StepItem::itemId).containsExactly("item-travel", "item-video");
            route.unlink(first, "item-travel", LATER);
            assertThat(route.step(first).items()).extracting(StepItem::itemId).containsExactly("item-video");
            assertThat(route.step(first).items().getFirst().position()).isZero();
            assertThatThrownBy(() -> route.unlink(first, "item-travel", LATER)).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class PersonalRoutes {

        @Test
        void aCopyOfATemplateHasItsContentAndRemembersIt() {
            var template = template();
            var copy = template.copyFor(COURSE, PARTICIPANT, "coach-1", LATER);
            assertThat(copy.isPersonal()).isTrue();
            assertThat(copy.templateId()).isEqualTo(template.id());
            assertThat(copy.id()).isNotEqualTo(template.id());
            assertThat(copy.belongsTo(COURSE, PARTICIPANT)).isTrue();
            assertThat(copy.belongsTo(COURSE, "someone-else")).isFalse();
            assertThat(copy.frameworkId()).isEqualTo(template.frameworkId());
            assertThat(copy.targets()).extracting(Target::competency, Target::level)
                    .containsExactlyElementsOf(template.targets().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.competency(), t.level())).toList());
            assertThat(copy.steps()).extracting(Step::title).containsExactly("Op tijd op je werk", "Veilig werken");
            assertThat(copy.steps()).extracting(Step::id).doesNotContainAnyElementsOf(
                    template.steps().stream().map(Step::id).toList());
            assertThat(copy.itemIds()).isEqualTo(template.itemIds());
            assertThat(copy.steps().getFirst().items()).extracting(StepItem::suggested).containsExactly(false, true);
        }

        @Test
        void adaptingTheCopyLeavesTheTemplateAsItWas() {
            var template = template();
            var copy = template.copyFor(COURSE, PARTICIPANT, "coach-1", LATER);
            copy.describe("Route van Sam", null, LATER);
            copy.target(framework(), ON_TIME, Level.C, LATER);
            copy.removeStep(copy.steps().get(1).id(), LATER);
            copy.unlink(copy.steps().getFirst().id(), "item-video", LATER);
            assertThat(template.title()).isEqualTo("Starten in het groen");
            assertThat(template.targets().getFirst().level()).isEqualTo(Level.B);
            assertThat(template.steps()).hasSize(2);
            assertThat(template.steps().getFirst().items()).hasSize(2);
            assertThat(template.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void progressCountsTheStepsWhoseGoalIsAchievedAndScoresInTheTemplatesColumn() {
            var template = template();
            var copy = template.copyFor(COURSE, PARTICIPANT, "coach-1", LATER);
            var first = copy.steps().getFirst().id();
            assertThat(copy.stepsDone(Set.of())).isZero();
            assertThat(copy.stepsDone(Set.of(first))).isEqualTo(1);
            assertThat(copy.stepsDone(Set.of(first, template.steps().get(1).id(), "a-step-of-an-old-route")))
                    .as("only this route's steps count").isEqualTo(1);
            assertThat(copy.columnRouteId()).as("one column per template for everyone on it").isEqualTo(template.id());
            var scratch = Route.personal("Route van Sam", null, framework(), COURSE, PARTICIPANT, "coach-1", NOW);
            assertThat(scratch.columnRouteId()).isEqualTo(scratch.id());
        }

        @Test
        void onlyATemplateIsCopied() {
            var copy = template().copyFor(COURSE, PARTICIPANT, "coach-1", LATER);
            assertThatThrownBy(() -> copy.copyFor(COURSE, "participant-2", "coach-1", LATER))
                    .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.type()).isEqualTo("route-not-a-template"));
        }

        @Test
        void canBeBuiltFromScratchForACourseAndParticipant() {
            var route = Route.personal("Route van Sam", null, framework(), COURSE, PARTICIPANT, "coach-1", NOW);
            assertThat(route.isPersonal()).isTrue();
            assertThat(route.templateId()).isNull();
            assertThat(route.belongsTo(COURSE, PARTICIPANT)).isTrue();
            assertThatThrownBy(() -> Route.personal("X", null, framework(), null, PARTICIPANT, "coach-1", NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void isArchivedWhenAnotherRouteIsGiven() {
            var route = Route.personal("Route van Sam", null, framework(), COURSE, PARTICIPANT, "coach-1", NOW);
            route.archive(LATER);
            assertThat(route.status()).isEqualTo(RouteStatus.ARCHIVED);
            var template = emptyTemplate();
            template.archive(LATER);
            assertThat(template.status()).as("templates are not archived").isEqualTo(RouteStatus.ACTIVE);
        }

        @Test
        void oneActiveRoutePerParticipantPerCourseIsKeyedByCourseAndParticipant() {
            assertThat(Route.activeKey(COURSE, PARTICIPANT)).isEqualTo("course-1/participant-1");
            assertThat(List.of(Route.activeKey("c", "p1"), Route.activeKey("c", "p2"))).doesNotHaveDuplicates();
        }
    }
}
