/**
 * Registers the service worker that lets the app open offline (`public/sw.js`). Only in a
 * built client served over http(s) by our server; not in tests of single modules or `vite` dev.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch((error: unknown) => {
      // The app works without it, only not offline.
      console.warn("The offline copy of the app is not available:", error);
    });
  });
}
