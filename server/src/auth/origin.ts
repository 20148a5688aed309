/** The names of this machine's loopback interface: a server on one of them answers on all. */
const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * The origins that are this server itself: its public origin and, when that is a loopback one
 * (a server run on this machine, e.g. `http://localhost:3000`), the same port under the other
 * loopback names, so that opening http://127.0.0.1:3000 signs in as well.
 */
export function ownOrigins(publicOrigin: string): string[] {
  let url: URL;
  try {
    url = new URL(publicOrigin);
  } catch {
    return [publicOrigin];
  }
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [publicOrigin];
  const port = url.port ? `:${url.port}` : "";
  return [publicOrigin, ...LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${port}`).filter((origin) => origin !== publicOrigin)];
}

/**
 * CSRF defence: a state-changing request (or a WebSocket upgrade) must come from our
 * own origin. Browsers always send Origin on these; without one we fall back to
 * Sec-Fetch-Site; a request with neither is refused.
 */
export function isAllowedOrigin(headers: { origin?: string | null; secFetchSite?: string | null }, publicOrigin: string): boolean {
  if (headers.origin) return ownOrigins(publicOrigin).includes(headers.origin);
  return headers.secFetchSite === "same-origin";
}
