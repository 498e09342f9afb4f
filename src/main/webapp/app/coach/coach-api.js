// The coach's desk: who needs the coach (/api/v1/courses/{c}/attention) and the coach's look at a participant
// (/api/v1/courses/{c}/participants/{u}/visit).
import { get, put, seg } from '../api.js';

/** The participants with the reasons to look at them now; sort: 'attention' (default), 'name' or 'quiet'. */
export const getAttention = (courseId, sort = 'attention') =>
  get(`/courses/${seg(courseId)}/attention?sort=${encodeURIComponent(sort)}`);
/** The coach looked at the participant's page now: older notes and photos are no longer new. */
export const recordVisit = (courseId, userId) =>
  put(`/courses/${seg(courseId)}/participants/${seg(userId)}/visit`);
