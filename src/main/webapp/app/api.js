// The one HTTP helper of the front end: every call to /api/v1 goes through request().
// - Session: after an LTI launch the server redirects to /app/#session=<JWT>. We keep that token in
//   sessionStorage, remove it from the address bar and send it as "Authorization: Bearer" on every call
//   (built in requestHeaders() only).
// - Renewal: while the user is active and less than 5 minutes remain, POST /api/v1/session/renew.
// - Optimistic concurrency: the option `ifMatch` (the version the user saw) becomes `If-Match: "<version>"`;
//   a 412 stale-version answer is an ApiError with isStale, and userMessage() says someone else changed it.
// - Errors: RFC 9457 problem+json bodies become an ApiError; userMessage() turns any error into
//   a sentence a person understands.
// Nothing here touches the DOM at import time, so Node's test runner imports it (src/test/js).
// The URLs themselves live in one <feature>-api.js module per feature; components call those.
import { t, getLocale } from './i18n.js';
import './shared/messages.js';

export const API_BASE = '/api/v1';
export const STALE_VERSION = 'https://groeipad.nl/problems/stale-version';
export const PRECONDITION_REQUIRED = 'https://groeipad.nl/problems/precondition-required';
const STORAGE_KEY = 'groeipad.session';
const RENEW_PATH = '/session/renew';
const RENEW_BEFORE_MS = 5 * 60 * 1000;
const ACTIVITY_THROTTLE_MS = 30 * 1000;
const TIMEOUT_MS = 20 * 1000;
const FILE_TIMEOUT_MS = 60 * 1000;

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

  /** True for 412 stale-version: someone else changed it since it was shown; `current` is the newer one. */
  get isStale() {
    return this.status === 412 && this.problem.type === STALE_VERSION;
  }

  /** The newer representation a stale answer carries (or null). */
  get current() {
    return this.problem.current ?? null;
  }

  /** The version of that newer representation (or null). */
  get currentVersion() {
    return this.problem.currentVersion ?? null;
  }
}

// ---- session token -------------------------------------------------------------------------

let memoryToken = null; // used when sessionStorage is blocked (e.g. some third-party iframes)
let renewing = null;
let lastActivityCheck = 0;

function readStored() {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

function store(token) {
  memoryToken = token;
  try {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, token);
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

/** True when a token with this expiry (ms) should be renewed now: it ends within 5 minutes and has not ended. */
export function needsRenewal(expiry, now = Date.now()) {
  if (!expiry) return false;
  const left = expiry - now;
  return left > 0 && left <= RENEW_BEFORE_MS;
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
  if (!token || !needsRenewal(tokenExpiry(token))) return;
  renewing ??= send(RENEW_PATH, { method: 'POST' })
    .then((answer) => {
      if (answer?.token) store(answer.token);
    })
    .finally(() => {
      renewing = null;
    });
  await renewing;
}

// ---- requests ------------------------------------------------------------------------------

/** A body that is sent as it is (a file, a photo, a CSV text), not as JSON. */
function isRaw(body) {
  return typeof body === 'string' || (typeof Blob !== 'undefined' && body instanceof Blob);
}

/** `If-Match` value for a version: 3 → "3"; an ETag that is already quoted (or weak) stays as it is. */
export function ifMatchValue(version) {
  const text = String(version);
  return /^(W\/)?".*"$/.test(text) ? text : `"${text}"`;
}

/**
 * The headers of a request: the one place where Authorization, Accept-Language, Content-Type and If-Match
 * are decided. Pure: `token` and `locale` are passed in.
 */
export function requestHeaders(
  { body, contentType, accept, ifMatch, headers = {}, as = 'json' } = {},
  { token = null, locale = 'nl' } = {},
) {
  // Extra headers may change Accept or Accept-Language, never the session, body type or precondition.
  const all = { Accept: accept ?? (as === 'json' ? 'application/json' : '*/*'), 'Accept-Language': locale, ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  if (body !== undefined && body !== null) {
    if (!isRaw(body)) all['Content-Type'] = 'application/json';
    else if (contentType) all['Content-Type'] = contentType;
    else if (typeof body === 'string') all['Content-Type'] = 'text/plain; charset=utf-8';
    else all['Content-Type'] = body.type || 'application/octet-stream';
  }
  if (ifMatch !== undefined && ifMatch !== null) all['If-Match'] = ifMatchValue(ifMatch);
  return all;
}

/**
 * Calls the API. `path` is relative to /api/v1 (e.g. "/me/plan"). Options:
 *   method      – default GET
 *   body        – a plain object or array is sent as JSON; a string, Blob or File is sent as it is
 *   contentType – the Content-Type of a string or Blob body (default: the Blob's own type)
 *   ifMatch     – the version the user saw: sends If-Match: "<version>" (a stale answer is ApiError.isStale)
 *   as          – what it resolves to: 'json' (default: the parsed body, null for 204 or no JSON),
 *                 'blob' (the body as a Blob) or 'response' (the Response, for its headers)
 *   session     – default true: send the Bearer token and renew it first when needed; false for the admin page
 *   headers     – extra headers (e.g. X-Admin-Secret)
 *   timeout     – milliseconds (default 20 s; 60 s when a file or text is sent or fetched as blob/response)
 * Rejects with an ApiError for an error answer, or with the fetch error (network, timeout).
 */
export async function request(path, options = {}) {
  if (options.session !== false && path !== RENEW_PATH) {
    await renewIfNeeded().catch(() => {});
  }
  return send(path, options);
}

async function send(path, options) {
  const { method = 'GET', body, session = true, as = 'json' } = options;
  const raw = isRaw(body);
  const headers = requestHeaders(options, { token: session ? readStored() : null, locale: getLocale() });
  const response = await fetch(API_BASE + path, {
    method,
    headers,
    body: body === undefined || body === null ? undefined : raw ? body : JSON.stringify(body),
    credentials: 'same-origin',
    signal: AbortSignal.timeout(options.timeout ?? (raw || as !== 'json' ? FILE_TIMEOUT_MS : TIMEOUT_MS)),
  });
  if (!response.ok) throw new ApiError(response.status, (await readJson(response)) ?? {});
  if (as === 'response') return response;
  if (as === 'blob') return response.blob();
  if (response.status === 204) return null;
  return readJson(response);
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

/** The file name in a Content-Disposition header (`attachment; filename="x.csv"`), or the fallback. */
export function fileName(disposition, fallback) {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Fetches bytes with the session (e.g. a photo) and answers an object URL for <img src>; revoke it when done. */
export async function objectUrl(path, options = {}) {
  return URL.createObjectURL(await request(path, { accept: 'image/*', ...options, as: 'blob' }));
}

/** Downloads an export and offers it to the browser as a file (the server's file name, else the fallback). */
export async function download(path, fallbackName, options = {}) {
  const response = await request(path, { ...options, as: 'response' });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Short forms for the feature modules' URLs.
export const get = (path, options) => request(path, options);
export const post = (path, body, options) => request(path, { ...options, method: 'POST', body });
export const put = (path, body, options) => request(path, { ...options, method: 'PUT', body });
export const del = (path, options) => request(path, { ...options, method: 'DELETE' });

/** A path segment from an id: "/tasks/" + seg(id). */
export const seg = (value) => encodeURIComponent(value);

/** A path with a query of the parameters that have a value: withQuery('/x', { q: 'a b', level: '' }) → "/x?q=a+b". */
export function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// ---- messages for people -------------------------------------------------------------------

/** A friendly, translated sentence for any error thrown by this module (or by fetch). */
export function userMessage(error) {
  if (!(error instanceof ApiError)) return t('error.network');
  const { status, problem } = error;
  if (status === 401) return t('error.sessionExpired');
  if (error.isStale) return t('error.stale');
  let text;
  if (status >= 500) text = t('error.generic'); // never show a server's internal wording
  else if (problem.detail) text = problem.detail;
  else if (status === 403) text = t('error.forbidden');
  else if (status === 404) text = t('error.notFound');
  else text = problem.title || t('error.generic');
  const code = problem.correlationId ?? problem.instance;
  return status >= 500 && code ? `${text} ${t('error.code', { code })}` : text;
}

/**
 * userMessage() plus what a 400 answer says about its first field, in words, when the sentence does not say it
 * already: "Controleer de gemarkeerde velden. Vul een titel in." — never the field's key ("(title)"). For a
 * message outside a form (an import); a form marks its fields with showProblem() of shared/form-errors.js.
 */
export function problemText(error) {
  const message = error?.fieldErrors?.[0]?.message;
  const text = userMessage(error);
  return message && !text.includes(message) ? `${text} ${message}` : text;
}
