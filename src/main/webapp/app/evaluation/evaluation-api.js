// The evaluation feature's URLs: interim evaluations (tussenevaluaties) of a participant for their coach
// (/api/v1/courses/{c}/participants/{u}/evaluations) and the participant's own (/api/v1/me/evaluations).
import { get, post, put, seg } from '../api.js';

const evaluations = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}/evaluations`;

export const getEvaluations = (courseId, userId) => get(evaluations(courseId, userId));
/** { everyWeeks }; send { ifMatch: schedule.version } once a rhythm exists. */
export const setSchedule = (courseId, userId, body, options) => put(`${evaluations(courseId, userId)}/schedule`, body, options);
/** { dueOn, goingWell?, toLearn? } on the evaluation that is due. */
export const writeFeedback = (courseId, userId, body) => post(evaluations(courseId, userId), body);
/** { goingWell?, toLearn? }; send { ifMatch: evaluation.version }. */
export const changeFeedback = (courseId, userId, id, body, options) =>
  put(`${evaluations(courseId, userId)}/${seg(id)}/feedback`, body, options);

export const getMyEvaluations = () => get('/me/evaluations');
/** { dueOn, work, learning, help, note? }: answers 'good', 'sometimes', 'not-yet'. */
export const reflect = (body) => post('/me/evaluations', body);
