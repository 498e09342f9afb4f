// The coach's offline queue (issue 9 §2): scores, notes and evidence photos made without a connection wait in
// IndexedDB (a photo as its Blob) and are
// sent when the connection returns ('online'), when the app starts, and every 30 s while some wait. Each carries
// an idempotency key (a UUID made at the tap) that the server honours: sending one again answers the entry stored
// the first time, never a second one. The open observation's last answer is kept here too, so that the observing
// screen opens without a connection. Everything is stored per owner (organisation + user of the session): another
// person's session on this device never sees or sends it.
// Also registers the service worker (/app/sw.js) that keeps the app's own files for use without a connection.
import { sessionToken, userMessage } from '../api.js';
import * as api from './observation-api.js';
import { itemsOf, outcome, ownerOf } from './offline-rules.js';

const DB_NAME = 'groeipad-offline';
const DB_VERSION = 1;
const SCORES = 'scores';
const VIEWS = 'observations';
const RETRY_MS = 30 * 1000;
export const QUEUE_CHANGED = 'groeipad-queue-changed';

let database = null;
let flushing = null;
let again = false;

function open() {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(SCORES, { keyPath: 'key' });
      request.result.createObjectStore(VIEWS, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}

async function run(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const owner = () => ownerOf(sessionToken());
const changed = () => globalThis.dispatchEvent?.(new CustomEvent(QUEUE_CHANGED));

/** Queues one score (body as for recordScore) with a new idempotency key; answers the queued item. */
export async function enqueue({ courseId, userId, observationId, body }) {
  const who = owner();
  if (!who) throw new Error('no session');
  const key = crypto.randomUUID();
  const item = { key, owner: who, courseId, userId, observationId, body: { ...body, key }, queuedAt: Date.now() };
  await run(SCORES, 'readwrite', (store) => store.put(item));
  changed();
  return item;
}

/**
 * Queues one evidence photo (a Blob) taken in a situation (optionally for one behaviour) with a new idempotency key;
 * answers the queued item. The item's `body` is what the request says besides the bytes.
 */
export async function enqueuePhoto({ courseId, userId, observationId, situationId, indicatorId = null, blob }) {
  const who = owner();
  if (!who) throw new Error('no session');
  const key = crypto.randomUUID();
  const item = {
    key, kind: 'photo', owner: who, courseId, userId, observationId, body: { key, situationId, indicatorId }, blob, queuedAt: Date.now(),
  };
  await run(SCORES, 'readwrite', (store) => store.put(item));
  changed();
  return item;
}

/** This person's queued items (waiting and failed), oldest first; of one observation when given. */
export async function queued(observationId) {
  const who = owner();
  if (!who) return [];
  return itemsOf(await run(SCORES, 'readonly', (store) => store.getAll()), who, observationId);
}

/** Removes a failed item the coach has read (it was refused; the coach taps again if still needed). */
export async function discard(key) {
  await run(SCORES, 'readwrite', (store) => store.delete(key));
  changed();
}

/**
 * Sends the waiting items of this person, oldest first, one at a time. Stops at the first one that must wait
 * (no connection): the rest keeps its order. A refused one (4xx) is kept as failed with the server's sentence.
 * Answers { sent, failed, waiting }. Calls while sending run once more afterwards.
 */
export function flush() {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    let result;
    do {
      again = false;
      result = await sendWaiting();
    } while (again);
    return result;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function sendWaiting() {
  const items = (await queued()).filter((item) => !item.failed);
  let sent = 0;
  let failed = 0;
  for (const item of items) {
    let error = null;
    try {
      if (item.kind === 'photo') {
        await api.addPhoto(item.courseId, item.userId, item.observationId, item.body.situationId, item.blob,
          { indicatorId: item.body.indicatorId, key: item.key });
      } else {
        await api.recordScore(item.courseId, item.userId, item.observationId, item.body);
      }
    } catch (caught) {
      error = caught;
    }
    const what = outcome(error);
    if (what === 'wait') break;
    if (what === 'sent') {
      await run(SCORES, 'readwrite', (store) => store.delete(item.key));
      sent += 1;
    } else {
      await run(SCORES, 'readwrite', (store) => store.put({ ...item, failed: {
        status: error.status, message: userMessage(error), fields: error.fieldErrors,
      } }));
      failed += 1;
    }
  }
  if (sent || failed) changed();
  return { sent, failed, waiting: items.length - sent - failed };
}

/** Keeps the observation's last answer for this person, to open it without a connection. */
export async function keepView(observation) {
  const who = owner();
  if (!who || !observation?.id) return;
  await run(VIEWS, 'readwrite', (store) => store.put({ id: `${who}|${observation.id}`, observation, keptAt: Date.now() }))
    .catch(() => {});
}

/** The kept answer for this person's observation, or null. */
export async function keptView(observationId) {
  const who = owner();
  if (!who) return null;
  const row = await run(VIEWS, 'readonly', (store) => store.get(`${who}|${observationId}`)).catch(() => null);
  return row?.observation ?? null;
}

let started = false;

/**
 * At app start: the service worker, and sending what waits — now (unless the device knows it has no connection: no
 * request that cannot arrive), when the connection returns, and every 30 s while it has one.
 */
export function startOffline() {
  if (started || typeof window === 'undefined') return;
  started = true;
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => keepLoadedFiles(registration))
      .catch(() => {
        // no service worker (e.g. blocked storage in a frame): the queue still works while the page stays open
      });
  }
  if (!('indexedDB' in window)) return;
  const flushWhenOnline = () => {
    if (navigator.onLine !== false) flush().catch(() => {});
  };
  window.addEventListener('online', () => flush().catch(() => {}));
  flushWhenOnline();
  setInterval(flushWhenOnline, RETRY_MS);
}

/** The files this page loaded before the worker ran (the first visit): the worker keeps them too. */
function keepLoadedFiles(registration) {
  const files = [location.pathname, ...performance.getEntriesByType('resource').map((entry) => entry.name)]
    .map((name) => new URL(name, location.href))
    .filter((url) => url.origin === location.origin && /^\/(app|webjars|themes)\//.test(url.pathname))
    .map((url) => url.pathname + url.search);
  registration.active?.postMessage({ type: 'keep', files: [...new Set(files)] });
}
