package nl.groeipad.lms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.people.control.People;
import nl.groeipad.plan.entity.PlanProgressChanged;

/**
 * The plan's progress goes to the LMS gradebook when it changes: a tick or an undo of the participant puts "tasks done
 * of all tasks" on Groeipad's own line item "Groeipad: plan van aanpak" ({@link Gradebook#PLAN_PROGRESS}), in the
 * outbox of the same transaction. Only for a course whose LMS offers a line-items endpoint (elsewhere there is no
 * column to put it in, and the coach would see a failed grade for every tick). A score still waiting untouched in the
 * outbox takes the newer one ({@link Gradebook#postLatest}). A failure here is logged and never undoes the tick.
 */
@ApplicationScoped
public class PlanProgressGrades {

    private static final Logger LOG = Logger.getLogger(PlanProgressGrades.class.getName());

    @Inject
    Gradebook gradebook;

    @Inject
    ServiceLinks links;

    @Inject
    People people;

    void onProgress(@Observes PlanProgressChanged changed) {
        try {
            // Asked first, so that postLatest() has nothing to refuse (a refusal would mark the tick's transaction).
            if (!links.offersOwnLineItems(changed.courseId()) || people.subjectOf(changed.participantUserId()).isEmpty()) {
                return;
            }
            gradebook.postLatest(changed.courseId(), changed.participantUserId(), Gradebook.PLAN_PROGRESS,
                    Gradebook.planProgress(changed.tasksDone(), changed.tasksTotal()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The progress of plan " + changed.planId() + " could not be put in the outbox for the LMS", e);
        }
    }
}
