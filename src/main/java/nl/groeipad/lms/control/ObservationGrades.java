package nl.groeipad.lms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.lms.entity.ActivityProgress;
import nl.groeipad.lms.entity.GradingProgress;
import nl.groeipad.lms.entity.LineItemRef;
import nl.groeipad.lms.entity.Score;
import nl.groeipad.observation.entity.CompetencyResult;
import nl.groeipad.observation.entity.ObservationConcluded;
import nl.groeipad.people.control.People;

/**
 * A concluded observation goes to the LMS gradebook: per competency observed one score on the competency's observation
 * line item — the one deep linking creates for an activity "observation of one competency" (docs/deep-linking.md:
 * resourceId {@code groeipad-competency-<key>}, tag {@code groeipad-competency}, as {@code lti.entity.DeepLinkChoice
 * .Observation}), found again there or created once (label "Observatie: &lt;competency&gt;", maximum 3): the level reached, A = 1, B = 2, C = 3 (a level not reached counts
 * the one below it), with the level and the conclusion's plain sentence as comment. Written to the outbox in the concluding transaction (the event is fired
 * before it commits), so a conclusion that rolls back sends nothing; a failure here is logged and never undoes the
 * conclusion.
 */
@ApplicationScoped
public class ObservationGrades {

    private static final Logger LOG = Logger.getLogger(ObservationGrades.class.getName());
    /** As {@code lti.entity.DeepLinkChoice.Observation}: the column a teacher placed for the competency is the one scored. */
    static final String TAG = "groeipad-competency";
    static final String RESOURCE_PREFIX = "groeipad-competency-";
    static final BigDecimal LEVELS = BigDecimal.valueOf(3);

    @Inject
    Gradebook gradebook;

    @Inject
    People people;

    void onConcluded(@Observes ObservationConcluded concluded) {
        // Asked first, so that post() has nothing to refuse: a refusal inside it would mark the conclusion's
        // transaction for rollback.
        if (people.subjectOf(concluded.participantUserId()).isEmpty()) {
            LOG.warning("Observation " + concluded.observationId() + ": participant unknown, no score for the LMS");
            return;
        }
        for (var grade : gradesOf(concluded)) {
            try {
                gradebook.post(concluded.courseId(), concluded.participantUserId(), grade.target(), grade.score(), null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The conclusion of observation " + concluded.observationId()
                        + " could not be put in the outbox for the LMS", e);
            }
        }
    }

    record Grade(LineItemRef target, Score score) {
    }

    /** The scores of a conclusion: one per competency observed. */
    static List<Grade> gradesOf(ObservationConcluded concluded) {
        return concluded.results().stream().map(ObservationGrades::grade).toList();
    }

    private static Grade grade(CompetencyResult result) {
        var title = result.competencyTitle() == null || result.competencyTitle().isBlank() ? result.competencyKey() : result.competencyTitle();
        var label = clip("Observatie: " + title, 255);
        var verdict = result.reached() ? "niveau " + result.level() + " bereikt" : "niveau " + result.level() + " nog niet bereikt";
        var comment = clip(verdict + (result.comment() == null || result.comment().isBlank() ? "" : ". " + result.comment()), Score.COMMENT_MAX);
        var levelScore = result.level().ordinal() + (result.reached() ? 1 : 0);
        return new Grade(LineItemRef.own(RESOURCE_PREFIX + result.competencyKey(), TAG, label),
                new Score(BigDecimal.valueOf(levelScore), LEVELS, ActivityProgress.Completed, GradingProgress.FullyGraded, comment));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
