// The catalogue feature's URLs (/api/v1/catalogue/...): the organisation's learning material, search,
// sharing with other organisations and copies of what they share.
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: item.version }).
import { del, get, post, put, seg, withQuery } from '../api.js';

const item = (id) => `/catalogue/items/${seg(id)}`;

/**
 * One page of the organisation's material: { total, offset, items }. `query` holds q, competency,
 * competencyTitle, level, kind, place, style, language, source, sort, offset, limit (empty ones are left out).
 */
export const searchItems = (query) => get(withQuery('/catalogue/items', query));
/** One page of the material other organisations share (same query, without source). */
export const searchShared = (query) => get(withQuery('/catalogue/shared', query));
/** The competencies the organisation's material is linked to: [{ key, title }]. */
export const listCompetencies = () => get('/catalogue/items/competencies');

export const getItem = (id) => get(item(id));
export const createItem = (body) => post('/catalogue/items', body);
export const updateItem = (id, body, options) => put(item(id), body, options);
export const removeItem = (id, options) => del(item(id), options);
/** Shares the item with other organisations (on) or stops sharing it; answers the item. */
export const setSharing = (id, on, options) =>
  (on ? put(`${item(id)}/sharing`, undefined, options) : del(`${item(id)}/sharing`, options));
/** An own, changeable version of a read-only copy; answers the new item. */
export const duplicateItem = (id) => post(`${item(id)}/duplicate`);
/** A read-only copy of another organisation's shared item in our catalogue; answers the copy. */
export const copySharedItem = (sharedId) => post(`/catalogue/shared/${seg(sharedId)}/copy`);
