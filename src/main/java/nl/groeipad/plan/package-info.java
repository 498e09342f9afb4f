/**
 * The participant's development plan (plan van aanpak, PvA) and the "Vandaag" task board.
 *
 * <p>A coach builds one plan per participant per course: small, realistic intermediate goals (tussendoelen),
 * each optionally aimed at a competency and a target level A/B/C, with a due date; and per goal the day
 * tasks (acties), optionally linked to a catalogue item. The participant sees the plan in plain language,
 * works through the tasks of the day, ticks them off (and may undo that) and adds a short note or a photo;
 * the coach sees all of it, and marks a goal achieved. Competencies and catalogue items are referred to by
 * key/id plus a copied title, so this feature does not depend on those features: intake, suggestions and
 * routes create plans through {@link nl.groeipad.plan.control.Plans}.
 *
 * <p>Depends on {@code people} (who takes part in which course) through its control; nothing depends on
 * this feature but the coach's participant list, which this feature serves together with a plan summary.
 */
package nl.groeipad.plan;
