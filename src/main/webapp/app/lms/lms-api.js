// The lms feature's URLs: grades on their way to the LMS gradebook (AGS) for the coach's course
// (/api/v1/courses/{c}/grades, /api/v1/courses/{c}/participants/{u}/grades) and the course's roster from the LMS
// (NRPS, /api/v1/courses/{c}/roster).
import { get, post, seg } from '../api.js';

/** Per participant and line item the newest score and where it is: delivered, pending or failed. */
export const listGrades = (courseId) => get(`/courses/${seg(courseId)}/grades`);
/** Sends the participant's plan progress (tasks done of all tasks) to the LMS; answers the grade (pending). */
export const sendPlanProgress = (courseId, userId) =>
  post(`/courses/${seg(courseId)}/participants/${seg(userId)}/grades`, { source: 'plan' });
/** "Opnieuw proberen": sends a failed grade again. */
export const retryGrade = (courseId, gradeId) => post(`/courses/${seg(courseId)}/grades/${seg(gradeId)}/retry`);
/** Whether the LMS offers the course's roster and when it was last read: {available, refreshedAt}. */
export const getRoster = (courseId) => get(`/courses/${seg(courseId)}/roster`);
/** Reads the course's roster from the LMS now. */
export const refreshRoster = (courseId) => post(`/courses/${seg(courseId)}/roster/refresh`);
