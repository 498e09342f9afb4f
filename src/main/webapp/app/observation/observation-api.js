// The observation feature's URLs: a participant's observations and offline results for their coach
// (/api/v1/courses/{c}/participants/{u}/observations, …/offline-results), the observer's guide, and the participant's
// own growth (/api/v1/me/progress).
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: observation.version }).
import { get, objectUrl, post, request, seg } from '../api.js';

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
/**
 * Sends an evidence photo (a Blob or File, at most 2 MB) taken in a work situation, optionally for one behaviour;
 * `key` is the idempotency key the device made for it. Answers { photo, version }.
 */
export const addPhoto = (courseId, userId, id, situationId, blob, { indicatorId, key } = {}) => {
  const query = new URLSearchParams();
  if (indicatorId) query.set('indicatorId', indicatorId);
  if (key) query.set('key', key);
  const search = query.toString();
  return request(`${observation(courseId, userId, id)}/situations/${seg(situationId)}/photos${search ? `?${search}` : ''}`, {
    method: 'POST',
    body: blob,
    // the server decides the kind by the first bytes; a file without a known image type is sent as a JPEG
    contentType: /^image\//.test(blob?.type ?? '') ? blob.type : 'image/jpeg',
  });
};
/** An object URL of an evidence photo, for its coach; revoke it when done. */
export const photoUrl = (courseId, userId, id, photoId) => objectUrl(`${observation(courseId, userId, id)}/photos/${seg(photoId)}`);
/** An object URL of an evidence photo of the participant's own concluded observation; revoke it when done. */
export const myPhotoUrl = (observationId, photoId) => objectUrl(`/me/observations/${seg(observationId)}/photos/${seg(photoId)}`);
/** { guideConfirmed, reason?, feedbackGood?, feedbackNext? }; send { ifMatch: observation.version }. */
export const conclude = (courseId, userId, id, body, options) =>
  post(`${observation(courseId, userId, id)}/conclusion`, body, options);

export const listOfflineResults = (courseId, userId) => get(`${participant(courseId, userId)}/offline-results`);
export const recordOfflineResult = (courseId, userId, body) => post(`${participant(courseId, userId)}/offline-results`, body);

/** The participant's own growth: concluded observations and offline results. */
export const getMyProgress = () => get('/me/progress');

/** The coach's view of a participant's growth: levels, and per competency the average score per observation. */
export const getGrowth = (courseId, userId) => get(`${participant(courseId, userId)}/growth`);
