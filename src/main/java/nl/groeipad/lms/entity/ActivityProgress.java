package nl.groeipad.lms.entity;

import nl.groeipad.platform.entity.Published;

/** AGS 2.0 §3.4.3 activityProgress: how far the participant is with the activity. */
@Published
public enum ActivityProgress {
    Initialized, Started, InProgress, Submitted, Completed
}
