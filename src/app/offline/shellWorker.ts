// The service worker that keeps the app's own files, so the workspace opens without a network
// once it has been opened once (the texts themselves are in IndexedDB). Built as `sw.js`; the
// build replaces `__SHELL_FILES__` with the files it wrote and `__SHELL_VERSION__` with their
// digest (vite.config.ts), so a new build installs a new cache and the old one is deleted.

// The project's TypeScript library is the DOM's; the few service-worker types used are these.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ShellWorkerScope {
  readonly registration: { readonly scope: string };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

declare const __SHELL_FILES__: string[];
declare const __SHELL_VERSION__: string;

const scope = self as unknown as ShellWorkerScope;
const cachePrefix = 'bw-shell-';
const cacheName = cachePrefix + __SHELL_VERSION__;
const base = scope.registration.scope;
const indexUrl = new URL('index.html', base).href;
const shellUrls = new Set(__SHELL_FILES__.map((file) => new URL(file, base).href));

scope.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll([...shellUrls])));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(cachePrefix) && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    // The page from the network when there is one (a new build is seen at once), else the kept one.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(indexUrl)) ?? Response.error()),
    );
    return;
  }
  const url = request.url.split('#')[0] ?? request.url;
  if (!shellUrls.has(url)) return;
  // Hashed file names never change content: the kept copy is the right one.
  event.respondWith(caches.match(url).then((kept) => kept ?? fetch(request)));
});
