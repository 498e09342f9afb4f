// The route feature's URLs: route templates and personal routes (/api/v1/routes/...), a participant's route
// for their coach and route → plan (/api/v1/courses/{c}/participants/{u}/route...), "Mijn route" (/api/v1/me/route)
// and the routes of a course's participants (/api/v1/courses/{c}/routes).
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: route.version }).
import { del, get, post, put, seg } from '../api.js';

const route = (id) => `/routes/${seg(id)}`;
const step = (routeId, stepId) => `${route(routeId)}/steps/${seg(stepId)}`;
const participantRoute = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}/route`;

/** The organisation's route templates. */
export const listRoutes = () => get('/routes');
export const createRoute = (body) => post('/routes', body);
/** A template or a participant's personal route. */
export const getRoute = (id) => get(route(id));
export const updateRoute = (id, body, options) => put(route(id), body, options);
export const removeRoute = (id, options) => del(route(id), options);

/** Sets (adds or changes) the level of a target competency; answers the route. */
export const setTarget = (routeId, competencyKey, level, options) =>
  put(`${route(routeId)}/targets/${seg(competencyKey)}`, { level }, options);
export const removeTarget = (routeId, competencyKey, options) =>
  del(`${route(routeId)}/targets/${seg(competencyKey)}`, options);

export const addStep = (routeId, body, options) => post(`${route(routeId)}/steps`, body, options);
export const updateStep = (routeId, stepId, body, options) => put(step(routeId, stepId), body, options);
export const moveStep = (routeId, stepId, position, options) =>
  put(`${step(routeId, stepId)}/position`, { position }, options);
export const removeStep = (routeId, stepId, options) => del(step(routeId, stepId), options);

/** Links a catalogue item to a step (`suggested`: as a workplace assignment the coach suggests). */
export const linkItem = (routeId, stepId, itemId, suggested, options) =>
  post(`${step(routeId, stepId)}/items`, { itemId, suggested }, options);
export const moveItem = (routeId, stepId, itemId, position, options) =>
  put(`${step(routeId, stepId)}/items/${seg(itemId)}/position`, { position }, options);
export const unlinkItem = (routeId, stepId, itemId, options) =>
  del(`${step(routeId, stepId)}/items/${seg(itemId)}`, options);

/** The routes of the course's participants: [{ participantId, ... }]. */
export const listCourseRoutes = (courseId) => get(`/courses/${seg(courseId)}/routes`);
/** A participant's personal route (404 when there is none). */
export const getParticipantRoute = (courseId, userId) => get(participantRoute(courseId, userId));
/** Gives a participant a personal copy of a template (`replace`: instead of the one they have). */
export const giveRoute = (courseId, userId, templateId, replace = true) =>
  post(participantRoute(courseId, userId), { templateId, replace });
/** Route → plan: the chosen steps become goals with tasks on the given days; answers the plan. */
export const planFromRoute = (courseId, userId, body) => post(`${participantRoute(courseId, userId)}/plan`, body);

/** "Mijn route" of the participant; null while there is none (the server answers status "none" without id). */
export const getMyRoute = () => get('/me/route').then((route) => (route?.id ? route : null));
