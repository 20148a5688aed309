/**
 * CSRF defence: a state-changing request (or a WebSocket upgrade) must come from our
 * own origin. Browsers always send Origin on these; without one we fall back to
 * Sec-Fetch-Site; a request with neither is refused.
 */
export function isAllowedOrigin(headers: { origin?: string | null; secFetchSite?: string | null }, publicOrigin: string): boolean {
  if (headers.origin) return headers.origin === publicOrigin;
  return headers.secFetchSite === "same-origin";
}
