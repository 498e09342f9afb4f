// app/api.js: the request options → headers mapping, problem+json → ApiError → a sentence, the session token's
// expiry and renewal, and request() itself against a stand-in for fetch.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const {
  ApiError, STALE_VERSION, fileName, ifMatchValue, initSession, needsRenewal, problemText, request, requestHeaders,
  sessionToken, tokenExpiry, userMessage, withQuery,
} = await import(app('api.js'));
const { setLocale } = await import(app('i18n.js'));

/** An unsigned JWT with these claims (only the payload matters to the front end). */
function jwt(claims) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.signature`;
}

afterEach(() => setLocale('nl'));

describe('requestHeaders', () => {
  test('a plain GET asks for JSON in the user language and sends the session token', () => {
    setLocale('en');
    assert.deepEqual(requestHeaders({}, { token: 'abc', locale: 'en' }), {
      Accept: 'application/json',
      'Accept-Language': 'en',
      Authorization: 'Bearer abc',
    });
  });

  test('without a token there is no Authorization header', () => {
    assert.equal(requestHeaders({}, { token: null }).Authorization, undefined);
  });

  test('an object or array body is sent as JSON', () => {
    assert.equal(requestHeaders({ body: { title: 'x' } })['Content-Type'], 'application/json');
    assert.equal(requestHeaders({ body: [] })['Content-Type'], 'application/json');
  });

  test('no body, no Content-Type', () => {
    assert.equal(requestHeaders({ method: 'POST' })['Content-Type'], undefined);
  });

  test('a text body gets its own content type, or plain text', () => {
    assert.equal(requestHeaders({ body: 'a;b', contentType: 'text/csv; charset=utf-8' })['Content-Type'],
      'text/csv; charset=utf-8');
    assert.equal(requestHeaders({ body: 'hello' })['Content-Type'], 'text/plain; charset=utf-8');
  });

  test('a file is sent with its own type', () => {
    assert.equal(requestHeaders({ body: new Blob(['x'], { type: 'image/jpeg' }) })['Content-Type'], 'image/jpeg');
    assert.equal(requestHeaders({ body: new Blob(['x']) })['Content-Type'], 'application/octet-stream');
  });

  test('ifMatch sends the version as a quoted entity tag', () => {
    assert.equal(requestHeaders({ ifMatch: 3 })['If-Match'], '"3"');
    assert.equal(requestHeaders({ ifMatch: 0 })['If-Match'], '"0"');
    assert.equal(requestHeaders({})['If-Match'], undefined);
    assert.equal(requestHeaders({ ifMatch: null })['If-Match'], undefined);
  });

  test('an entity tag that is already quoted or weak is sent as it is', () => {
    assert.equal(ifMatchValue('"7"'), '"7"');
    assert.equal(ifMatchValue('W/"7"'), 'W/"7"');
  });

  test('a blob or response download accepts anything; accept overrides', () => {
    assert.equal(requestHeaders({ as: 'blob' }).Accept, '*/*');
    assert.equal(requestHeaders({ as: 'blob', accept: 'image/*' }).Accept, 'image/*');
  });

  test('extra headers are added (the admin secret), but cannot replace the session token', () => {
    assert.equal(requestHeaders({ headers: { 'X-Admin-Secret': 's' } })['X-Admin-Secret'], 's');
    assert.equal(requestHeaders({ headers: { Authorization: 'Bearer forged' } }, { token: 'abc' }).Authorization,
      'Bearer abc');
    assert.equal(requestHeaders({ headers: { 'Accept-Language': 'en' } }, { locale: 'nl' })['Accept-Language'], 'en');
  });
});

describe('ApiError', () => {
  test('a 412 stale-version problem is stale and carries the newer representation', () => {
    const error = new ApiError(412, { type: STALE_VERSION, currentVersion: 5, current: { id: 'g', version: 5 } });
    assert.equal(error.isStale, true);
    assert.equal(error.currentVersion, 5);
    assert.deepEqual(error.current, { id: 'g', version: 5 });
  });

  test('another 412, or another error, is not stale', () => {
    assert.equal(new ApiError(412, { type: 'https://groeipad.nl/problems/other' }).isStale, false);
    assert.equal(new ApiError(409, { type: STALE_VERSION }).isStale, false);
    assert.equal(new ApiError(412).current, null);
  });

  test('field errors of a 400 answer, or none', () => {
    const errors = [{ field: 'title', message: 'Vul een titel in.' }];
    assert.deepEqual(new ApiError(400, { errors }).fieldErrors, errors);
    assert.deepEqual(new ApiError(400, {}).fieldErrors, []);
  });
});

describe('userMessage', () => {
  test('a stale answer says someone else just changed it, in Dutch and in English', () => {
    const stale = new ApiError(412, { type: STALE_VERSION, detail: 'Het doel is veranderd.' });
    assert.equal(userMessage(stale), 'Iemand anders heeft dit net veranderd. Je ziet nu de nieuwste versie.');
    setLocale('en');
    assert.equal(userMessage(stale), 'Someone else just changed this. You now see the newest version.');
  });

  test('a network failure or time-out asks to check the connection', () => {
    assert.match(userMessage(new TypeError('fetch failed')), /niet bereikbaar/);
  });

  test('401 says the session has ended, whatever the server wrote', () => {
    assert.equal(userMessage(new ApiError(401, { detail: 'token expired' })),
      'Je sessie is verlopen. Open Groeipad opnieuw vanuit je cursus.');
  });

  test("a 4xx problem's detail is shown as the server wrote it", () => {
    assert.equal(userMessage(new ApiError(409, { title: 'Conflict', detail: 'Deze route bestaat al.' })),
      'Deze route bestaat al.');
  });

  test('without a detail: 403 and 404 get their own sentence, others the title', () => {
    assert.equal(userMessage(new ApiError(403)), 'Dit mag je niet bekijken of doen.');
    assert.equal(userMessage(new ApiError(404)), 'Dit konden we niet vinden.');
    assert.equal(userMessage(new ApiError(422, { title: 'Niet toegestaan' })), 'Niet toegestaan');
  });

  test("a 5xx never shows the server's words, but gives the code to quote", () => {
    const error = new ApiError(500, { detail: 'NullPointerException', correlationId: 'c0ffee' });
    assert.equal(userMessage(error), 'Er ging iets mis. Probeer het later nog eens. Foutcode: c0ffee');
    assert.equal(userMessage(new ApiError(503)), 'Er ging iets mis. Probeer het later nog eens.');
  });
});

describe('problemText', () => {
  test('adds what a 400 answer says about its field, in words, never the field\'s key', () => {
    const error = new ApiError(400, { detail: 'Controleer de gemarkeerde velden.', errors: [{ field: 'title', message: 'Vul een titel in.' }] });
    assert.equal(problemText(error), 'Controleer de gemarkeerde velden. Vul een titel in.');
    assert.doesNotMatch(problemText(error), /\(title\)/);
  });

  test('not when the sentence says it already (an import names its line or path itself)', () => {
    const line = new ApiError(400, { detail: 'Regel 4: de naam is leeg.', errors: [{ field: 'lines[4]', message: 'Regel 4: de naam is leeg.' }] });
    assert.equal(problemText(line), 'Regel 4: de naam is leeg.');
  });

  test('without field errors it is the plain sentence', () => {
    assert.equal(problemText(new ApiError(404)), 'Dit konden we niet vinden.');
  });
});

describe('session token', () => {
  test("tokenExpiry reads the JWT's exp in milliseconds", () => {
    assert.equal(tokenExpiry(jwt({ exp: 1_800_000_000 })), 1_800_000_000_000);
  });

  test('tokenExpiry is null for a token without exp or that is no JWT', () => {
    assert.equal(tokenExpiry(jwt({ sub: 'x' })), null);
    assert.equal(tokenExpiry('not-a-token'), null);
    assert.equal(tokenExpiry(null), null);
  });

  test('a token is renewed in its last five minutes, not before and not after it ended', () => {
    const now = 1_000_000;
    assert.equal(needsRenewal(now + 4 * 60_000, now), true);
    assert.equal(needsRenewal(now + 5 * 60_000, now), true);
    assert.equal(needsRenewal(now + 6 * 60_000, now), false);
    assert.equal(needsRenewal(now - 1, now), false);
    assert.equal(needsRenewal(null, now), false);
  });
});

describe('small helpers', () => {
  test('withQuery leaves out empty parameters', () => {
    assert.equal(withQuery('/catalogue/items', { q: 'veilig werken', level: '', kind: null, limit: 10 }),
      '/catalogue/items?q=veilig+werken&limit=10');
    assert.equal(withQuery('/catalogue/items', {}), '/catalogue/items');
  });

  test("fileName takes the server's name from Content-Disposition, else the fallback", () => {
    assert.equal(fileName('attachment; filename="werk.csv"', 'moodle.csv'), 'werk.csv');
    assert.equal(fileName(null, 'moodle.csv'), 'moodle.csv');
  });
});

describe('request', () => {
  const realFetch = globalThis.fetch;
  let calls;
  let answers;
  let storage;

  const json = (status, body, type = 'application/json') =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });

  beforeEach(() => {
    calls = [];
    answers = [];
    storage = new Map();
    globalThis.sessionStorage = {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => storage.set(key, value),
    };
    globalThis.fetch = async (url, init) => {
      calls.push({ url, ...init });
      return answers.shift();
    };
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    delete globalThis.sessionStorage;
  });

  test('sends a JSON body to /api/v1 and answers the parsed JSON', async () => {
    answers.push(json(201, { id: 'g1', version: 0 }));
    const answer = await request('/plans/p1/goals', { method: 'POST', body: { title: 'Hulp vragen' } });
    assert.deepEqual(answer, { id: 'g1', version: 0 });
    assert.equal(calls[0].url, '/api/v1/plans/p1/goals');
    assert.equal(calls[0].method, 'POST');
    assert.equal(calls[0].body, '{"title":"Hulp vragen"}');
    assert.equal(calls[0].credentials, 'same-origin');
    assert.ok(calls[0].signal instanceof AbortSignal);
  });

  test('sends If-Match and the stored session token', async () => {
    storage.set('groeipad.session', jwt({ exp: Math.floor(Date.now() / 1000) + 3600 }));
    answers.push(json(200, { id: 'g1', version: 4 }));
    await request('/goals/g1', { method: 'PUT', body: { title: 'x' }, ifMatch: 3 });
    assert.equal(calls.length, 1);
    assert.equal(calls[0].headers['If-Match'], '"3"');
    assert.match(calls[0].headers.Authorization, /^Bearer /);
  });

  test('204 answers null', async () => {
    answers.push(new Response(null, { status: 204 }));
    assert.equal(await request('/goals/g1', { method: 'DELETE' }), null);
  });

  test('an error answer becomes an ApiError with the problem', async () => {
    answers.push(json(412, { type: STALE_VERSION, title: 'Stale', currentVersion: 4 }, 'application/problem+json'));
    await assert.rejects(request('/goals/g1', { method: 'PUT', body: {}, ifMatch: 3 }), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 412);
      assert.equal(error.isStale, true);
      assert.equal(error.currentVersion, 4);
      return true;
    });
  });

  test('an error answer without JSON is an ApiError with an empty problem', async () => {
    answers.push(new Response('<html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    await assert.rejects(request('/me'), (error) => error instanceof ApiError && error.status === 502
      && Object.keys(error.problem).length === 0);
  });

  test("as 'blob' answers the bytes", async () => {
    answers.push(new Response(new Blob(['jpeg'], { type: 'image/jpeg' }), { status: 200 }));
    const blob = await request('/tasks/t1/photo', { as: 'blob', accept: 'image/*' });
    assert.equal(await blob.text(), 'jpeg');
    assert.equal(calls[0].headers.Accept, 'image/*');
  });

  test('a file body is sent as it is', async () => {
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    answers.push(json(200, { id: 't1' }));
    await request('/tasks/t1/photo', { method: 'PUT', body: photo });
    assert.equal(calls[0].body, photo);
    assert.equal(calls[0].headers['Content-Type'], 'image/jpeg');
  });

  test('a token in its last minutes is renewed first, and the new one is sent', async () => {
    storage.set('groeipad.session', jwt({ exp: Math.floor(Date.now() / 1000) + 120 }));
    const renewed = jwt({ exp: Math.floor(Date.now() / 1000) + 1800 });
    answers.push(json(200, { token: renewed }), json(200, { ok: true }));
    await request('/me');
    assert.deepEqual(calls.map((c) => `${c.method} ${c.url}`), ['POST /api/v1/session/renew', 'GET /api/v1/me']);
    assert.equal(calls[1].headers.Authorization, `Bearer ${renewed}`);
    assert.equal(storage.get('groeipad.session'), renewed);
  });

  test('session false sends no token and renews nothing (the admin page)', async () => {
    storage.set('groeipad.session', jwt({ exp: Math.floor(Date.now() / 1000) + 120 }));
    answers.push(json(200, []));
    await request('/admin/registrations', { session: false, headers: { 'X-Admin-Secret': 's' } });
    assert.equal(calls.length, 1);
    assert.equal(calls[0].headers.Authorization, undefined);
    assert.equal(calls[0].headers['X-Admin-Secret'], 's');
  });
});

// Last: it leaves the token in the module's memory (as in a browser whose storage is blocked).
describe('initSession', () => {
  test('moves the token from the address (#session=…) into sessionStorage and cleans the address', () => {
    const storage = new Map();
    const replaced = [];
    const listened = [];
    Object.assign(globalThis, {
      location: { hash: '#session=tok.en.x&view=plan', pathname: '/app/', search: '?lang=nl' },
      history: { state: null, replaceState: (state, title, url) => replaced.push(url) },
      sessionStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => storage.set(key, value) },
      addEventListener: (type) => listened.push(type),
    });
    try {
      initSession();
      assert.equal(storage.get('groeipad.session'), 'tok.en.x');
      assert.equal(sessionToken(), 'tok.en.x');
      assert.deepEqual(replaced, ['/app/?lang=nl#view=plan']);
      assert.ok(listened.includes('pointerdown') && listened.includes('keydown'), 'activity drives renewal');
    } finally {
      for (const name of ['location', 'history', 'sessionStorage', 'addEventListener']) delete globalThis[name];
    }
  });
});
