/*
 * The app's service worker: opening the app offline (issue 12).
 *
 * - Pages: network first; offline, the last app shell seen (the client routes every page).
 * - /assets/*: hashed and immutable, so cache first.
 * - GET /api/*: network first; offline, the last answer seen (JSON only; exports never), so a
 *   review, report or paper opened before reopens offline. The documents' own text comes from
 *   the IndexedDB copy each editor keeps.
 * - Signing in or out clears the cached answers: they belong to one person.
 */
const VERSION = "1";
const SHELL_CACHE = `review-shell-${VERSION}`;
const ASSET_CACHE = `review-assets-${VERSION}`;
const API_CACHE = `review-api-${VERSION}`;
const CACHES = [SHELL_CACHE, ASSET_CACHE, API_CACHE];
const SHELL_KEY = "/";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.add(SHELL_KEY))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("review-") && !CACHES.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function isCachableApi(url) {
  return url.pathname.startsWith("/api/") && !url.pathname.includes("/export") && url.pathname !== "/api/health" && url.pathname !== "/api/search";
}

async function networkFirst(request, cacheName, key, accept) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok && accept(response)) await cache.put(key, response.clone());
    else if (response.status === 401) await caches.delete(API_CACHE);
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    // Another person may sign in next: what the last one read goes.
    if (url.pathname === "/api/auth/logout" || url.pathname === "/api/auth/login" || url.pathname === "/api/auth/register") {
      event.waitUntil(caches.delete(API_CACHE));
    }
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, SHELL_CACHE, SHELL_KEY, (response) => (response.headers.get("content-type") || "").startsWith("text/html")));
    return;
  }
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request, ASSET_CACHE));
    return;
  }
  if (url.pathname.startsWith("/api/images/")) {
    event.respondWith(cacheFirst(request, API_CACHE));
    return;
  }
  if (isCachableApi(url)) {
    event.respondWith(networkFirst(request, API_CACHE, request, (response) => (response.headers.get("content-type") || "").includes("application/json")));
  }
});
