package nl.groeipad.lms.entity;

import nl.groeipad.platform.entity.Published;

/** AGS 2.0 §3.4.4 gradingProgress: whether the score is final. Moodle stores a grade for FullyGraded scores. */
@Published
public enum GradingProgress {
    FullyGraded, Pending, PendingManual, Failed, NotReady
}
