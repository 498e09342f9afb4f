package nl.groeipad.competency.entity;

import static nl.groeipad.competency.entity.FrameworkFixtures.NOW;
import static nl.groeipad.competency.entity.FrameworkFixtures.draftWithOneIndicator;
import static nl.groeipad.competency.entity.FrameworkFixtures.emptyDraft;
import static nl.groeipad.competency.entity.FrameworkFixtures.levels;
import static nl.groeipad.competency.entity.FrameworkFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aNewFrameworkIsDraftVersionOneWithANewKey() {
        var framework = emptyDraft();

        assertThat(framework.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(framework.version()).isEqualTo(1);
        assertThat(framework.key()).hasSize(36).isNotEqualTo(framework.id());
        assertThat(framework.scale()).isEqualTo(ScaleLabels.DEFAULT);
        assertThat(framework.lastChange()).isEqualTo("2026-11-30T09:00:00Z");
    }

    @Test
    void aFrameworkNeedsATitle() {
        assertThatThrownBy(() -> new Framework(null, 1, " ", null, "nl", ScaleLabels.DEFAULT, FrameworkSource.GROEIPAD,
                NOW, null)).isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("title");
    }

    @Test
    void anIndicatorHasADescriptionPerLevel() {
        var indicator = draftWithOneIndicator().competencies().getFirst().indicators().getFirst();

        assertThat(indicator.at(Level.A)).startsWith("Zegt dat");
        assertThat(indicator.at(Level.C)).startsWith("Vraagt zelf advies");
        assertThat(indicator.description()).isEqualTo("Vraagt op tijd om hulp.");
    }

    @Test
    void publishingMakesTheDraftTheVersionInUse() {
        var framework = draftWithOneIndicator();

        framework.publish(LATER);

        assertThat(framework.status()).isEqualTo(FrameworkStatus.PUBLISHED);
        assertThat(framework.publishedAt()).isEqualTo(LATER);
    }

    @Test
    void aFrameworkWithoutCompetenciesCannotBePublished() {
        assertThatThrownBy(() -> emptyDraft().publish(NOW)).isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).type()).isEqualTo("framework-empty");
    }

    @Test
    void aPublishedVersionRefusesEveryChange() {
        var framework = published();
        var competency = framework.competencies().getFirst();
        var indicator = competency.indicators().getFirst();

        List<Runnable> changes = List.of(
                () -> framework.describe("Nieuw", null, "nl", LATER),
                () -> framework.relabelScale(ScaleLabels.of("1", "2", "3", "4", "5"), LATER),
                () -> framework.addGroup(null, null, "Groep", CaseOrigin.none(), LATER),
                () -> framework.addCompetency(null, null, "Nieuw", null, CaseOrigin.none(), LATER),
                () -> framework.reviseCompetency(competency.id(), null, "1", "Anders", null, LATER),
                () -> framework.moveCompetency(competency.id(), 0, LATER),
                () -> framework.removeCompetency(competency.id(), LATER),
                () -> framework.addIndicator(competency.id(), null, "Nieuw", levels(), CaseOrigin.none(), LATER),
                () -> framework.reviseIndicator(competency.id(), indicator.id(), null, "Anders", levels(), LATER),
                () -> framework.removeIndicator(competency.id(), indicator.id(), LATER),
                () -> framework.setObservationPeriod(14, LATER),
                () -> framework.publish(LATER));
        for (var change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(Conflict.class)
                    .extracting(e -> ((Conflict) e).type()).isEqualTo("framework-not-draft");
        }
        assertThat(framework.competencies()).singleElement().extracting(Competency::title).isEqualTo("Advies vragen");
    }

    @Test
    void aNewFrameworkObservesForTwentyOneDaysAndItsDraftMayChooseFromOneTo365Days() {
        var framework = emptyDraft();
        assertThat(framework.observationPeriodDays()).isEqualTo(21);

        framework.setObservationPeriod(14, LATER);
        assertThat(framework.observationPeriodDays()).isEqualTo(14);
        assertThat(framework.lastChange()).isEqualTo(Framework.stamp(LATER));
        framework.setObservationPeriod(1, LATER);
        framework.setObservationPeriod(365, LATER);
        assertThat(framework.observationPeriodDays()).isEqualTo(365);
    }

    @Test
    void anObservationPeriodOutsideOneTo365DaysIsRefusedNamingTheField() {
        var framework = emptyDraft();
        for (int days : new int[] {0, -1, 366, 1000}) {
            assertThatThrownBy(() -> framework.setObservationPeriod(days, LATER)).as("%d days", days)
                    .isInstanceOf(InvalidField.class)
                    .extracting(e -> ((InvalidField) e).field()).isEqualTo("observationPeriodDays");
        }
        assertThat(framework.observationPeriodDays()).isEqualTo(21);
    }

    @Test
    void aNewDraftKeepsTheObservationPeriodOfThePublishedVersion() {
        var draft = draftWithOneIndicator();
        draft.setObservationPeriod(14, NOW);
        draft.publish(NOW);

        assertThat(draft.nextDraft(2, LATER, "coach-2").observationPeriodDays()).isEqualTo(14);
    }

    @Test
    void aNewDraftCopiesEverythingWithTheSameKeysInNewRows() {
        var old = published();

        var draft = old.nextDraft(2, LATER, "coach-2");

        assertThat(draft.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.key()).isEqualTo(old.key());
        assertThat(draft.id()).isNotEqualTo(old.id());
        var oldCompetency = old.competencies().getFirst();
        var newCompetency = draft.competencies().getFirst();
        assertThat(newCompetency.key()).isEqualTo(oldCompetency.key());
        assertThat(newCompetency.id()).isNotEqualTo(oldCompetency.id());
        assertThat(newCompetency.groupKey()).isEqualTo(oldCompetency.groupKey());
        assertThat(newCompetency.indicators().getFirst().key()).isEqualTo(oldCompetency.indicators().getFirst().key());
        assertThat(newCompetency.indicators().getFirst().levels()).isEqualTo(oldCompetency.indicators().getFirst().levels());
        assertThat(draft.groups()).extracting(CompetencyGroup::key).containsExactlyElementsOf(
                old.groups().stream().map(CompetencyGroup::key).toList());
    }

    @Test
    void changingTheNewDraftLeavesTheOldVersionAsItWas() {
        var old = published();
        var draft = old.nextDraft(2, LATER, "coach-2");
        var competency = draft.competencies().getFirst();

        draft.reviseIndicator(competency.id(), competency.indicators().getFirst().id(), "1.1", "Vraagt om advies.",
                new LevelTexts("a", "b", "c"), LATER);
        draft.addCompetency(null, "2", "Veilig werken", null, CaseOrigin.none(), LATER);
        draft.publish(LATER);
        old.supersede(LATER);

        assertThat(old.status()).isEqualTo(FrameworkStatus.SUPERSEDED);
        assertThat(old.supersededAt()).isEqualTo(LATER);
        assertThat(old.competencies()).hasSize(1);
        assertThat(old.competencies().getFirst().indicators().getFirst().description()).isEqualTo("Vraagt op tijd om hulp.");
        assertThat(old.competencies().getFirst().indicators().getFirst().at(Level.C)).startsWith("Vraagt zelf advies");
        assertThat(draft.competencies()).hasSize(2);
    }

    @Test
    void onlyThePublishedVersionGetsANewDraft() {
        assertThatThrownBy(() -> draftWithOneIndicator().nextDraft(2, LATER, null)).isInstanceOf(Conflict.class);
        var superseded = published();
        superseded.supersede(LATER);
        assertThatThrownBy(() -> superseded.nextDraft(2, LATER, null)).isInstanceOf(Conflict.class);
    }

    @Test
    void aChangedIndicatorGetsANewChangeMomentAndAnUnchangedOneKeepsIt() {
        var framework = draftWithOneIndicator();
        var competency = framework.competencies().getFirst();
        var indicator = competency.indicators().getFirst();

        framework.reviseIndicator(competency.id(), indicator.id(), "1.1", indicator.description(), indicator.levels(), LATER);
        assertThat(indicator.lastChange()).isEqualTo("2026-11-30T09:00:00Z");

        framework.reviseIndicator(competency.id(), indicator.id(), "1.1", "Vraagt om hulp.", indicator.levels(), LATER);
        assertThat(indicator.lastChange()).isEqualTo("2026-11-30T10:00:00Z");
    }

    @Test
    void indicatorsAndCompetenciesKeepTheOrderTheyAreMovedTo() {
        var framework = draftWithOneIndicator();
        var competency = framework.competencies().getFirst();
        var second = framework.addIndicator(competency.id(), "1.2", "Tweede", levels(), CaseOrigin.none(), NOW);
        var third = framework.addIndicator(competency.id(), "1.3", "Derde", levels(), CaseOrigin.none(), NOW);

        framework.moveIndicator(competency.id(), third.id(), 0, LATER);

        assertThat(competency.indicators()).extracting(BehaviouralIndicator::code).containsExactly("1.3", "1.1", "1.2");
        assertThat(competency.indicators()).extracting(BehaviouralIndicator::position).containsExactly(0, 1, 2);
        assertThat(second.position()).isEqualTo(2);

        var group = competency.groupKey();
        var other = framework.addCompetency(group, "2", "Afstemmen", null, CaseOrigin.none(), NOW);
        framework.moveCompetency(other.id(), 0, LATER);
        assertThat(framework.competenciesIn(group)).extracting(Competency::code).containsExactly("2", "1");
    }

    @Test
    void aCompetencyMovesToAnotherGroupAtTheEnd() {
        var framework = draftWithOneIndicator();
        var competency = framework.competencies().getFirst();
        var safety = framework.addGroup(null, null, "Veilig werken", CaseOrigin.none(), NOW);

        framework.reviseCompetency(competency.id(), safety.key(), "1", "Advies vragen", null, LATER);

        assertThat(framework.competenciesIn(safety.key())).containsExactly(competency);
        assertThat(competency.description()).isNull();
    }

    @Test
    void removingAGroupKeepsItsCompetenciesWithoutAGroup() {
        var framework = draftWithOneIndicator();
        var group = framework.groups().getFirst();

        framework.removeGroup(group.id(), LATER);

        assertThat(framework.groups()).isEmpty();
        assertThat(framework.competenciesIn(null)).hasSize(1);
    }

    @Test
    void removingACompetencyRemovesItsIndicatorsAndRenumbersTheRest() {
        var framework = draftWithOneIndicator();
        var group = framework.groups().getFirst().key();
        var first = framework.competencies().getFirst();
        var second = framework.addCompetency(group, "2", "Afstemmen", null, CaseOrigin.none(), NOW);

        framework.removeCompetency(first.id(), LATER);

        assertThat(framework.competencies()).containsExactly(second);
        assertThat(second.position()).isZero();
    }

    @Test
    void aKeyOccursOnlyOnceInAFramework() {
        var framework = draftWithOneIndicator();
        var key = framework.competencies().getFirst().key();

        assertThatThrownBy(() -> framework.addCompetency(null, null, "Dubbel", null, CaseOrigin.withKey(key), NOW))
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> framework.addGroup(null, null, "Geen UUID", CaseOrigin.withKey("abc"), NOW))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("key");
    }

    @Test
    void aCompetencyGoesOnlyIntoAGroupOfTheSameFramework() {
        assertThatThrownBy(() -> emptyDraft().addCompetency("4f3c2b1a-0000-4000-8000-000000000000", null, "X", null,
                CaseOrigin.none(), NOW)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("groupKey");
    }

    @Test
    void anUnknownCompetencyIsNotFound() {
        assertThatThrownBy(() -> draftWithOneIndicator().removeCompetency("nope", LATER)).isInstanceOf(NotFound.class);
        var framework = draftWithOneIndicator();
        var competency = framework.competencies().getFirst();
        assertThatThrownBy(() -> framework.removeIndicator(competency.id(), "nope", LATER)).isInstanceOf(NotFound.class);
    }
}
