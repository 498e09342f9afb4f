// The one HTTP helper of the front end.
// - Session: after an LTI launch the server redirects to /app/#session=<JWT>. We keep that token in
//   sessionStorage, remove it from the address bar and send it as "Authorization: Bearer" on every call.
// - Renewal: while the user is active and less than 5 minutes remain, POST /api/v1/session/renew.
// - Errors: RFC 9457 problem+json bodies become an ApiError; userMessage() turns any error into
//   a sentence a person understands.
import { t, getLocale } from './i18n.js';

export const API_BASE = '/api/v1';
const STORAGE_KEY = 'groeipad.session';
const RENEW_BEFORE_MS = 5 * 60 * 1000;
const ACTIVITY_THROTTLE_MS = 30 * 1000;
const TIMEOUT_MS = 20 * 1000;

/** An HTTP error answer; `problem` is the problem+json body (or {}). */
export class ApiError extends Error {
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Per-field errors of a 400 answer: [{field, message}]. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

// ---- session token -------------------------------------------------------------------------

let memoryToken = null; // used when sessionStorage is blocked (e.g. some third-party iframes)
let renewing = null;
let lastActivityCheck = 0;

function readStored() {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

function store(token) {
  memoryToken = token;
  try {
    sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // storage not available: the in-memory copy lasts until the page is closed
  }
}

export function sessionToken() {
  return readStored();
}

/** The JWT's `exp` claim in milliseconds, or null when it cannot be read. */
export function tokenExpiry(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = payload + '='.repeat((4 - (payload.length % 4)) % 4);
    const claims = JSON.parse(atob(padded));
    return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Takes the token from "#session=..." (if present), stores it and cleans the address bar.
 * Also starts watching for user activity, which drives renewal. Call once at start-up.
 */
export function initSession() {
  const params = new URLSearchParams(location.hash.slice(1));
  const fromHash = params.get('session');
  if (fromHash) {
    store(fromHash);
    params.delete('session');
    const rest = params.toString();
    history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  }
  for (const type of ['pointerdown', 'keydown', 'touchstart', 'scroll']) {
    addEventListener(type, onActivity, { passive: true, capture: true });
  }
}

function onActivity() {
  const now = Date.now();
  if (now - lastActivityCheck < ACTIVITY_THROTTLE_MS) return;
  lastActivityCheck = now;
  renewIfNeeded().catch(() => {
    // a failed background renewal shows up as a 401 on the next real call
  });
}

/** Renews the session when it ends within 5 minutes and has not ended yet. */
export async function renewIfNeeded() {
  const token = readStored();
  const expiry = token && tokenExpiry(token);
  if (!expiry) return;
  const left = expiry - Date.now();
  if (left <= 0 || left > RENEW_BEFORE_MS) return;
  renewing ??= send('/session/renew', { method: 'POST' })
    .then((answer) => {
      if (answer?.token) store(answer.token);
    })
    .finally(() => {
      renewing = null;
    });
  await renewing;
}

// ---- requests ------------------------------------------------------------------------------

/**
 * Low-level call. Options: method, body (sent as JSON), headers, session (default true: send the
 * Bearer token and renew first if needed). Resolves to the parsed JSON, or null for 204.
 */
export async function request(path, { method = 'GET', body, headers = {}, session = true } = {}) {
  if (session && path !== '/session/renew') {
    await renewIfNeeded().catch(() => {});
  }
  return send(path, { method, body, headers, session });
}

async function send(path, { method, body, headers = {}, session = true }) {
  const allHeaders = { Accept: 'application/json', 'Accept-Language': getLocale(), ...headers };
  const token = session ? readStored() : null;
  if (token) allHeaders.Authorization = `Bearer ${token}`;
  if (body !== undefined) allHeaders['Content-Type'] = 'application/json';

  const response = await fetch(API_BASE + path, {
    method,
    headers: allHeaders,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 204) return null;
  const data = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, data ?? {});
  return data;
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Sends a file or blob as the raw body (e.g. a photo); resolves to the parsed JSON answer. */
export async function upload(path, blob, { method = 'PUT' } = {}) {
  await renewIfNeeded().catch(() => {});
  const headers = { Accept: 'application/json', 'Accept-Language': getLocale(), 'Content-Type': blob.type || 'application/octet-stream' };
  const token = readStored();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(API_BASE + path, {
    method, headers, body: blob, credentials: 'same-origin', signal: AbortSignal.timeout(60 * 1000),
  });
  const data = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, data ?? {});
  return data;
}

/** Fetches bytes with the session (e.g. a photo) and answers an object URL for <img src>; revoke it when done. */
export async function getObjectUrl(path) {
  const headers = { Accept: 'image/*' };
  const token = readStored();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(API_BASE + path, { headers, credentials: 'same-origin', signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new ApiError(response.status, (await readJson(response)) ?? {});
  return URL.createObjectURL(await response.blob());
}

export const getJson = (path, options) => request(path, options);
export const postJson = (path, body, options) => request(path, { ...options, method: 'POST', body });
export const putJson = (path, body, options) => request(path, { ...options, method: 'PUT', body });
export const deleteResource = (path, options) => request(path, { ...options, method: 'DELETE' });

// ---- messages for people -------------------------------------------------------------------

/** A friendly, translated sentence for any error thrown by this module (or by fetch). */
export function userMessage(error) {
  if (!(error instanceof ApiError)) return t('error.network');
  const { status, problem } = error;
  if (status === 401) return t('error.sessionExpired');
  let text;
  if (status >= 500) text = t('error.generic'); // never show a server's internal wording
  else if (problem.detail) text = problem.detail;
  else if (status === 403) text = t('error.forbidden');
  else if (status === 404) text = t('error.notFound');
  else text = problem.title || t('error.generic');
  const code = problem.correlationId ?? problem.instance;
  return status >= 500 && code ? `${text} ${t('error.code', { code })}` : text;
}
