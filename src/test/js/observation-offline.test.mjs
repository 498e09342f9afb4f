// app/observation/offline-rules.js: the coach's offline queue — whose items are whose, what happens after a try,
// and how waiting scores show in the observation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { ownerOf, outcome, itemsOf, withWaiting, isPhoto, waitingCount } = await import(app('observation/offline-rules.js'));
const { ApiError } = await import(app('api.js'));

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims) => `${b64({ alg: 'ES256' })}.${b64(claims)}.signature`;

describe('ownerOf', () => {
  test("is the session's organisation and user", () => {
    assert.equal(ownerOf(token({ tid: 't1', sub: 'u1', role: 'COACH' })), 't1|u1');
  });

  test('is nobody without a readable token', () => {
    assert.equal(ownerOf(null), null);
    assert.equal(ownerOf('no.token'), null);
    assert.equal(ownerOf(token({ sub: 'u1' })), null);
  });
});

describe('outcome', () => {
  test('an answer is sent', () => {
    assert.equal(outcome(null), 'sent');
  });

  test('no connection, a timeout, a busy or failing server, an ended session: it waits', () => {
    assert.equal(outcome(new TypeError('Failed to fetch')), 'wait');
    assert.equal(outcome(new DOMException('timeout', 'TimeoutError')), 'wait');
    for (const status of [401, 408, 429, 500, 502, 503]) assert.equal(outcome(new ApiError(status)), 'wait', String(status));
  });

  test('a refusal (4xx) failed: shown, never dropped silently and never sent again by itself', () => {
    for (const status of [400, 403, 404, 409, 412]) assert.equal(outcome(new ApiError(status)), 'failed', String(status));
  });
});

describe('itemsOf', () => {
  test("only the owner's items, of one observation when asked, oldest first", () => {
    const items = [
      { key: 'c', owner: 'me', observationId: 'o1', queuedAt: 3 },
      { key: 'a', owner: 'me', observationId: 'o2', queuedAt: 1 },
      { key: 'x', owner: 'someone else', observationId: 'o1', queuedAt: 0 },
      { key: 'b', owner: 'me', observationId: 'o1', queuedAt: 2 },
    ];
    assert.deepEqual(itemsOf(items, 'me').map((i) => i.key), ['a', 'b', 'c']);
    assert.deepEqual(itemsOf(items, 'me', 'o1').map((i) => i.key), ['b', 'c']);
  });
});

describe('withWaiting', () => {
  const stored = {
    id: 'o1',
    entries: [
      { id: 'e1', indicatorId: 'i1', situationId: 's1', observer: 'lead', score: 2, current: true },
      { id: 'e2', indicatorId: 'i2', situationId: 's1', observer: 'lead', score: 3, current: true },
    ],
  };

  test('a waiting score shows as the current one of its cell, marked waiting; the stored one stays in the history', () => {
    const items = [
      { key: 'k1', observationId: 'o1', queuedAt: 0, body: { indicatorId: 'i1', situationId: 's1', score: 4, corrects: 'e1', reason: 'Verkeerd' } },
      { key: 'k2', observationId: 'o1', queuedAt: 1, body: { indicatorId: 'i3', situationId: 's1', notSeen: true, note: 'Niet gedaan' } },
    ];
    const shown = withWaiting(stored, items);
    const current = shown.entries.filter((e) => e.current);
    assert.deepEqual(current.map((e) => [e.indicatorId, e.score, !!e.waiting]), [['i2', 3, false], ['i1', 4, true], ['i3', null, true]]);
    assert.equal(shown.entries.find((e) => e.id === 'e1').current, false);
    assert.equal(shown.entries.find((e) => e.id === 'waiting-k2').notSeen, true);
    assert.equal(stored.entries[0].current, true, 'the stored answer is not changed');
  });

  test('failed items and other observations are not shown as scores', () => {
    const items = [
      { key: 'k1', observationId: 'o1', queuedAt: 0, failed: { status: 409 }, body: { indicatorId: 'i1', situationId: 's1', score: 4 } },
      { key: 'k2', observationId: 'o2', queuedAt: 0, body: { indicatorId: 'i1', situationId: 's1', score: 4 } },
    ];
    assert.equal(withWaiting(stored, items), stored);
  });
});

describe('evidence photos in the queue', () => {
  const score = (key, failed) => ({ key, owner: 'o', observationId: 'obs', body: { indicatorId: 'i1', situationId: 's1', score: 3, key }, queuedAt: 1, ...(failed ? { failed: { status: 400 } } : {}) });
  const photo = (key, failed) => ({ key, kind: 'photo', owner: 'o', observationId: 'obs', body: { key, situationId: 's1', indicatorId: null }, blob: {}, queuedAt: 2, ...(failed ? { failed: { status: 413 } } : {}) });

  test('the count of what still waits includes photos, never what failed', () => {
    assert.deepEqual(waitingCount([score('a'), score('b'), photo('c'), photo('d', true), score('e', true)]), { scores: 2, photos: 1, total: 3 });
    assert.deepEqual(waitingCount([]), { scores: 0, photos: 0, total: 0 });
    assert.equal(isPhoto(photo('p')), true);
    assert.equal(isPhoto(score('s')), false);
  });

  test('a waiting photo is no score: the observation shows only the waiting scores as entries', () => {
    const observation = { id: 'obs', entries: [] };
    const shown = withWaiting(observation, [photo('p'), score('s')]);
    assert.deepEqual(shown.entries.map((e) => e.id), ['waiting-s']);
    assert.equal(withWaiting(observation, [photo('p')]), observation);
  });
});
