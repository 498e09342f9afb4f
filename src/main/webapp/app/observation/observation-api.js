// The observation feature's URLs: a participant's observations and offline results for their coach
// (/api/v1/courses/{c}/participants/{u}/observations, …/offline-results), the observer's guide, and the participant's
// own growth (/api/v1/me/progress).
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: observation.version }).
import { get, post, seg } from '../api.js';

const participant = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}`;
const observations = (courseId, userId) => `${participant(courseId, userId)}/observations`;
const observation = (courseId, userId, id) => `${observations(courseId, userId)}/${seg(id)}`;

/** The checklist, the pitfalls and the rules, in the session's language. */
export const getGuide = () => get('/observation-guide');

export const listObservations = (courseId, userId) => get(observations(courseId, userId));
export const getObservation = (courseId, userId, id) => get(observation(courseId, userId, id));
/** { frameworkVersionId, competencyKeys, level, goalId?, periodDays?, situations, guideConfirmed } */
export const startObservation = (courseId, userId, body) => post(observations(courseId, userId), body);
/** { name }; send { ifMatch: observation.version }. */
export const addSituation = (courseId, userId, id, body, options) =>
  post(`${observation(courseId, userId, id)}/situations`, body, options);
/** { indicatorId, situationId, score | notSeen, note?, corrects?, reason? } → { entry, version } */
export const recordScore = (courseId, userId, id, body, options) =>
  post(`${observation(courseId, userId, id)}/scores`, body, options);
/** { guideConfirmed, reason?, feedbackGood?, feedbackNext? }; send { ifMatch: observation.version }. */
export const conclude = (courseId, userId, id, body, options) =>
  post(`${observation(courseId, userId, id)}/conclusion`, body, options);

export const listOfflineResults = (courseId, userId) => get(`${participant(courseId, userId)}/offline-results`);
export const recordOfflineResult = (courseId, userId, body) => post(`${participant(courseId, userId)}/offline-results`, body);

/** The participant's own growth: concluded observations and offline results. */
export const getMyProgress = () => get('/me/progress');

/** The coach's view of a participant's growth: levels, and per competency the average score per observation. */
export const getGrowth = (courseId, userId) => get(`${participant(courseId, userId)}/growth`);
