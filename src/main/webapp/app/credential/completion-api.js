// Completion (afronding) of a participant's route or goal: /api/v1/courses/{c}/participants/{u}/completion and the
// coach's course overview /api/v1/courses/{c}/completions.
import { get, post, seg } from '../api.js';

const completion = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}/completion`;

/** The check of the participant's route and goals, with moments and outcomes. */
export const completionOf = (courseId, userId) => get(completion(courseId, userId));
/** Plans a completion (or assessment) moment: { subject, goalId?, date, assessor?, note? }. */
export const planMoment = (courseId, userId, body) => post(`${completion(courseId, userId)}/moments`, body);
/** Records the outcome of a moment: { outcome: passed|not-yet, note?, corrects?, reason? }, on the version seen. */
export const recordOutcome = (courseId, userId, moment, body) =>
  post(`${completion(courseId, userId)}/moments/${seg(moment.id)}/outcomes`, body, { ifMatch: moment.version });
/** The coach's course overview: who is ready for completion. */
export const courseCompletions = (courseId) => get(`/courses/${seg(courseId)}/completions`);
