// The intake feature's URLs: the participant's own "Wat kan ik al?" (/api/v1/me/intake/...) and a participant's
// intakes for their coach (/api/v1/courses/{c}/participants/{u}/intakes/...): observations, suggestions into
// the plan, reopening.
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: intake.version }).
import { get, post, put, seg } from '../api.js';

const intakes = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}/intakes`;
const intake = (courseId, userId, intakeId) => `${intakes(courseId, userId)}/${seg(intakeId)}`;

// ---- the participant ----

/** The participant's current intake; null before the first (the server answers status "none" without id). */
export const getMyIntake = () => get('/me/intake').then((intake) => (intake?.id ? intake : null));
export const startMyIntake = () => post('/me/intake');
/** Saves one answer ('already', 'a-little', 'not-yet') to the question of a behavioural indicator. */
export const answerQuestion = (indicatorId, answer, options) =>
  put(`/me/intake/answers/${seg(indicatorId)}`, { answer }, options);
export const completeMyIntake = (options) => post('/me/intake/completion', undefined, options);

// ---- the coach ----

/** The participant's intakes, newest first (summaries). */
export const listIntakes = (courseId, userId) => get(intakes(courseId, userId));
export const getIntake = (courseId, userId, intakeId) => get(intake(courseId, userId, intakeId));
/** Starts an intake on a framework version with the chosen competencies. */
export const startIntake = (courseId, userId, body) => post(intakes(courseId, userId), body);
/** The coach's observation of one indicator: { score 1–5 or null, note }; answers the intake. */
export const observe = (courseId, userId, intakeId, indicatorId, body, options) =>
  put(`${intake(courseId, userId, intakeId)}/observations/${seg(indicatorId)}`, body, options);
/** Puts the chosen suggestions into the participant's plan: { goals: [{ competencyKey, level, itemIds }] }. */
export const acceptSuggestions = (courseId, userId, intakeId, body, options) =>
  post(`${intake(courseId, userId, intakeId)}/suggestions/acceptance`, body, options);
/** Opens a completed intake again; body optional: { reason } (at most 500 characters), which the participant reads. */
export const reopenIntake = (courseId, userId, intakeId, body, options) =>
  post(`${intake(courseId, userId, intakeId)}/reopening`, body, options);
