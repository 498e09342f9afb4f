// The pure rules of the coach's offline queue (issue 9 §2), apart from IndexedDB and the network, so that Node's test
// runner checks them (src/test/js/observation-offline.test.mjs).
// - A queued photo is the same with `kind: 'photo'`, its bytes in `blob` and `body` { key, situationId, indicatorId }.
// - A queued score is { key, owner, courseId, userId, observationId, body, queuedAt, failed? }: `key` is the
//   idempotency key (a UUID made at the tap; the body carries it too), `owner` is who queued it (organisation +
//   user of the session), so that another person's session on the same device never sends it.
// - After a try, an item is 'sent' (delete it), 'wait' (no connection, a timeout, the server busy: keep it and
//   try again later) or 'failed' (the server refused it, 4xx: keep it and show why; never dropped silently).
import { ApiError } from '../api.js';

/** Who owns queued work: organisation and user of a session token (its claims `tid` and `sub`), or null. */
export function ownerOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4)));
    return claims.tid && claims.sub ? `${claims.tid}|${claims.sub}` : null;
  } catch {
    return null;
  }
}

/**
 * What to do with a queued item after a try that threw `error` (or none): 'sent', 'wait' or 'failed'.
 * 401 waits too: the session ended, a new launch brings a new one and the queue is sent then.
 * 408 and 429 wait (try again later), every other 4xx failed; 5xx and network errors wait.
 */
export function outcome(error) {
  if (!error) return 'sent';
  if (!(error instanceof ApiError)) return 'wait';
  if (error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500) return 'wait';
  return 'failed';
}

/** The items of one owner (and optionally one observation), oldest first. */
export function itemsOf(items, owner, observationId) {
  return items
    .filter((item) => item.owner === owner && (!observationId || item.observationId === observationId))
    .sort((a, b) => a.queuedAt - b.queuedAt || (a.key < b.key ? -1 : 1));
}

/**
 * The observation as the coach should see it with the scores still waiting: each waiting item becomes an entry
 * `{ waiting: true, current: true, … }` of the observer `me` ('lead' or 'second'), and the entry it replaces in its
 * cell is no longer current. Failed items are not shown as scores (they are listed apart).
 */
export function withWaiting(observation, items, me = 'lead') {
  const waiting = items.filter((item) => item.observationId === observation.id && !item.failed && !isPhoto(item));
  if (!waiting.length) return observation;
  const entries = observation.entries.map((entry) => ({ ...entry }));
  for (const item of waiting) {
    const { indicatorId, situationId } = item.body;
    for (const entry of entries) {
      if (entry.current && entry.observer === me && entry.indicatorId === indicatorId && entry.situationId === situationId) {
        entry.current = false;
      }
    }
    entries.push({
      id: `waiting-${item.key}`,
      indicatorId,
      situationId,
      observer: me,
      score: item.body.score ?? null,
      notSeen: !!item.body.notSeen,
      note: item.body.note ?? null,
      recordedAt: new Date(item.queuedAt).toISOString(),
      correctsId: item.body.corrects ?? null,
      reason: item.body.reason ?? null,
      current: true,
      waiting: true,
    });
  }
  return { ...observation, entries };
}

/** Whether a queued item is an evidence photo (else a score). */
export function isPhoto(item) {
  return item.kind === 'photo';
}

/** How many scores and photos wait (failed ones not counted): { scores, photos, total }. */
export function waitingCount(items) {
  const waiting = items.filter((item) => !item.failed);
  const photos = waiting.filter(isPhoto).length;
  return { scores: waiting.length - photos, photos, total: waiting.length };
}
