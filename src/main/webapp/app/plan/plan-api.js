// The plan feature's URLs: the participant's own plan and "Vandaag" (/api/v1/me/...), ticks, notes and photos
// of tasks (/api/v1/tasks/...), and the coach's participants and plan builder (/api/v1/courses/{c}/participants/...,
// /plans/..., /goals/..., /tasks/...).
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: goal.version }).
import { del, get, objectUrl, post, put, request, seg } from '../api.js';

const participant = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}`;
const task = (id) => `/tasks/${seg(id)}`;
const goal = (id) => `/goals/${seg(id)}`;

// ---- the participant ----

/** The participant's plan in this course; null while there is none (the server answers an empty plan without id). */
export const getMyPlan = () => get('/me/plan').then((plan) => (plan?.id ? plan : null));
/** "Vandaag": today's tasks, the overdue and the coming ones. */
export const getToday = () => get('/me/today');
/** How to start a task's learning material ("Begin"): its web address or its steps (404 without material). */
export const getLesson = (taskId) => get(`${task(taskId)}/lesson`);
/** Ticks a task off (done) or sets it back; answers the task. */
export const setTaskDone = (taskId, done, options) =>
  (done ? post(`${task(taskId)}/done`, undefined, options) : del(`${task(taskId)}/done`, options));
export const saveTaskNote = (taskId, note, options) => put(`${task(taskId)}/note`, { note }, options);
/** Sends a photo (a Blob or File, at most 2 MB) of the task's work; answers the task. */
export const saveTaskPhoto = (taskId, blob, options) =>
  request(`${task(taskId)}/photo`, { ...options, method: 'PUT', body: blob });
/** An object URL of the task's photo for <img src>; revoke it when done. */
export const taskPhotoUrl = (taskId) => objectUrl(`${task(taskId)}/photo`);

// ---- the coach ----

/** "Mijn deelnemers": the course's participants with the state of each plan. */
export const listParticipants = (courseId) => get(`/courses/${seg(courseId)}/participants`);
/** One participant of the course (name, last seen). */
export const getParticipant = (courseId, userId) => get(participant(courseId, userId));
/** The participant's plan (404 when there is none yet). */
export const getParticipantPlan = (courseId, userId) => get(`${participant(courseId, userId)}/plan`);
export const createPlan = (courseId, userId, body) => post(`${participant(courseId, userId)}/plan`, body);
export const addGoal = (planId, body, options) => post(`/plans/${seg(planId)}/goals`, body, options);
export const updateGoal = (goalId, body, options) => put(goal(goalId), body, options);
export const removeGoal = (goalId, options) => del(goal(goalId), options);
/** Marks a goal achieved, or opens it again. */
export const setGoalAchieved = (goalId, achieved, options) =>
  (achieved ? post(`${goal(goalId)}/achieved`, undefined, options) : del(`${goal(goalId)}/achieved`, options));
export const addTask = (goalId, body, options) => post(`${goal(goalId)}/tasks`, body, options);
export const updateTask = (taskId, body, options) => put(task(taskId), body, options);
export const removeTask = (taskId, options) => del(task(taskId), options);
