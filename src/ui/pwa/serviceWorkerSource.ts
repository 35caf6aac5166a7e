// The service worker, as the text of sw.js. Generated at build time with the list of every file the
// build produced, so after one visit the whole app (Monaco and the workers included) works offline.

/**
 * Strategy: install caches every file of this build; assets (hashed names) are served cache-first;
 * pages are fetched network-first so a new deployment is seen online, falling back to the cached
 * index.html offline (whatever the query: `?present`, `?embed`). Old builds' caches are deleted on
 * activation. Matching ignores Vary: servers answer `Vary: Origin`, and the page's `crossorigin`
 * module scripts send an Origin header that the precache requests did not.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// PodLab service worker (generated at build time; do not edit).
const CACHE = ${JSON.stringify(`podlab-${version}`)};
const FILES = ${JSON.stringify(files)};
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(scoped(f), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('podlab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(scoped('index.html'))).then((hit) => hit || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
`;
}
