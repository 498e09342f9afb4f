// The operator page's URLs (/api/v1/admin/...). No session token: every call carries the admin secret
// the operator typed, as X-Admin-Secret.
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: registration.version }).
import { del, get, post, put, seg } from '../app/api.js';

const withSecret = (secret, options = {}) => ({ ...options, session: false, headers: { ...options.headers, 'X-Admin-Secret': secret } });

/** The values to enter in the LMS: loginUrl, redirectUrl, jwksUrl, registerUrl, domain. */
export const getToolConfiguration = (secret) => get('/admin/tool-configuration', withSecret(secret));
/** Every platform registration (manual, dynamic and demo). */
export const listRegistrations = (secret) => get('/admin/registrations', withSecret(secret));
/** Registers a platform by hand; answers the registration. */
export const createRegistration = (secret, body) => post('/admin/registrations', body, withSecret(secret));
export const removeRegistration = (secret, id, options) => del(`/admin/registrations/${seg(id)}`, withSecret(secret, options));
/** Links a registration to another registration's organisation (its launches then use that organisation's data). */
export const linkRegistration = (secret, id, organisationId, options) =>
  put(`/admin/registrations/${seg(id)}/organisation`, { organisationId }, withSecret(secret, options));
/** Its launches use its own organisation again. */
export const unlinkRegistration = (secret, id, options) =>
  del(`/admin/registrations/${seg(id)}/organisation`, withSecret(secret, options));
