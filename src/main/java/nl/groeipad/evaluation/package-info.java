/**
 * Interim evaluations (tussenevaluaties): at a rhythm the coach agrees with the participant for their plan
 * ({@code evaluation_schedule}, every N weeks), the participant reflects with three simple questions with
 * pictograms and the coach writes what goes well and what is still to learn (append-only history of the feedback).
 * When one is due is a pure rule ({@link nl.groeipad.evaluation.entity.EvaluationRhythm}). Other features (the coach's
 * desk) ask {@link nl.groeipad.evaluation.control.Evaluations#dueOf}. See docs/evaluation.md.
 */
package nl.groeipad.evaluation;
