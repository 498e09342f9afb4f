/**
 * The coach's desk: who needs the coach now. "Mijn deelnemers" with, per participant, the reasons to look —
 * an intake handed in and waiting for review, new notes or photos since the coach last looked, overdue tasks,
 * no activity for 14 days — sortable, and the count on the coach's home; and the moment a coach last looked at a
 * participant ({@code coach_visit}).
 *
 * <p>Depends on {@code people} (access), {@code plan} (the participants with their plan's state, recent work) and
 * {@code intake} (where each latest intake stands) through their control beans; the rules are pure
 * ({@link nl.groeipad.coach.entity.Attention}). Nothing depends on this feature.
 */
package nl.groeipad.coach;
