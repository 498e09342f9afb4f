// Groeipad's service worker (scope /app/), issue 9 §2 "works offline on the floor". It keeps the app's own files —
// index.html, the ES modules, the Lit files from WebJars, the style sheets, themes and icons — so that the app
// opens without a connection. Rules:
// - Only same-origin GET requests for /app/, /webjars/ and /themes/ are answered from here. The API (/api/…), the
//   LTI pages, the session token and anything another person could see are never touched or cached: the worker
//   does not answer them, the browser sends them as always. (The open observation is kept by the page itself in
//   IndexedDB, per organisation and user: app/observation/offline-queue.js.)
// - Network first: with a connection the newest file is used (and kept); without one, the kept copy.
// - One cache per build: the name carries the build (filled in by the Maven build); older caches are removed
//   when a new worker takes over.
// This file is filtered by the WAR build (src/main/sw → the WAR's /app/sw.js): only the at-sign build token below.
const BUILD = '@groeipad.build@';
const CACHE = `groeipad-app-${BUILD}`;
const SHELL = ['/app/', '/app/index.html', '/app/main.js', '/app/app.css', '/app/icon.svg', '/themes/default/theme.css'];

function ours(url) {
  return url.origin === self.location.origin && /^\/(app|webjars|themes)\//.test(url.pathname)
    && url.pathname !== '/app/sw.js';
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('groeipad-app-') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// The page names the files it loaded before this worker ran (its first visit): keep those too.
self.addEventListener('message', (event) => {
  const files = event.data?.type === 'keep' && Array.isArray(event.data.files) ? event.data.files : [];
  const wanted = files.filter((file) => typeof file === 'string' && ours(new URL(file, self.location.origin)));
  if (!wanted.length) return;
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(wanted.map((file) => cache.match(file)
    .then((kept) => kept ?? cache.add(file)).catch(() => null)))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!ours(url) || request.headers.has('Authorization')) return;
  event.respondWith(fromNetwork(request, url));
});

async function fromNetwork(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      // a page (index.html with ?to=… or #…) is kept once, without its query
      await cache.put(request.mode === 'navigate' ? url.pathname : request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request.mode === 'navigate' ? url.pathname : request, { ignoreVary: true })
      ?? (request.mode === 'navigate' ? await cache.match('/app/index.html') : undefined);
    if (kept) return kept;
    throw error;
  }
}
