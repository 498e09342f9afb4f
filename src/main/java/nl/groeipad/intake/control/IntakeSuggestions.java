package nl.groeipad.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.groeipad.catalogue.control.Catalogue;
import nl.groeipad.catalogue.control.SearchCriteria;
import nl.groeipad.catalogue.control.ItemSummary;
import nl.groeipad.intake.control.IntakeViews.FocusView;
import nl.groeipad.intake.control.IntakeViews.Lookup;
import nl.groeipad.intake.control.IntakeViews.MaterialView;
import nl.groeipad.intake.control.IntakeViews.SuggestionsView;
import nl.groeipad.intake.entity.Intake;
import nl.groeipad.intake.entity.SuggestionRules;
import nl.groeipad.intake.entity.SuggestionRules.Behaviour;
import nl.groeipad.intake.entity.SuggestionRules.CompetencyEvidence;
import nl.groeipad.intake.entity.SuggestionRules.Material;

/**
 * Feeds an intake's answers and observation to {@link SuggestionRules}, and finds the learning material for
 * each suggested competency and level in the organisation's catalogue (one search per suggestion, at most
 * three). Runs inside the caller's transaction.
 */
@ApplicationScoped
public class IntakeSuggestions {

    /** How many catalogue items of one competency and level the rules choose from. */
    static final int CANDIDATES = 50;

    @Inject
    Catalogue catalogue;

    /** The suggestions as the coach reads them: about the participant, by their first name. */
    SuggestionsView of(Intake intake, Lookup lookup, String language, String participantName) {
        var outcome = SuggestionRules.suggest(evidence(intake, lookup), lookup.scale(),
                SuggestionRules.Voice.aboutParticipant(firstName(participantName)));
        var focus = outcome.focus().stream().map(f -> {
            var candidates = catalogue.summaries(SearchCriteria.everything()
                            .withCompetency(f.competencyKey(), null)
                            .withLevel(f.level().name().charAt(0))
                            .page(0, CANDIDATES))
                    .stream().map(IntakeSuggestions::material).toList();
            var items = SuggestionRules.pickMaterial(candidates, f.level()).stream()
                    .map(m -> new MaterialView(m.material().id(), m.material().title(), m.material().kind(),
                            m.material().durationMinutes(), m.material().url(), m.reason().in(language)))
                    .toList();
            return new FocusView(f.competencyKey(), f.competencyTitle(), f.level().name(), f.reason().in(language),
                    f.consolidation(), items);
        }).toList();
        return new SuggestionsView(focus, outcome.note() == null ? null : outcome.note().in(language));
    }

    /** "Sam" of "Sam Jansen"; null without a name. */
    static String firstName(String name) {
        return name == null || name.isBlank() ? null : name.strip().split("\\s+")[0];
    }

    /** Per competency of the intake, in the framework's order, each behaviour with its answer and score. */
    static List<CompetencyEvidence> evidence(Intake intake, Lookup lookup) {
        var byCompetency = new LinkedHashMap<String, List<Behaviour>>();
        var titles = new LinkedHashMap<String, String>();
        for (var q : intake.questions()) {
            byCompetency.computeIfAbsent(q.competencyKey(), k -> new ArrayList<>())
                    .add(new Behaviour(q.indicatorId(), q.answer().orElse(null),
                            intake.observationOf(q.indicatorId()).map(o -> o.score()).orElse(null)));
            var competency = lookup.competencyOf().get(q.indicatorId());
            titles.putIfAbsent(q.competencyKey(), competency == null ? q.competencyKey() : competency.title());
        }
        return byCompetency.entrySet().stream()
                .map(e -> new CompetencyEvidence(e.getKey(), titles.get(e.getKey()), e.getValue())).toList();
    }

    private static Material material(ItemSummary item) {
        return new Material(item.id(), item.title(), item.kind().code(), item.durationMinutes(), item.url());
    }
}
