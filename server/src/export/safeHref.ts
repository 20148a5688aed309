const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const MAX_HREF_LENGTH = 2048;

/**
 * The link target as an absolute http(s) or mailto URL, or null when it is anything else
 * (`javascript:`, `data:`, `vbscript:`, relative, malformed). The WHATWG URL parser is the
 * one browsers use: it strips leading and trailing spaces and control characters, removes
 * tabs and newlines inside the scheme and lower-cases it, so " JaVa\tScRiPt:" cannot slip
 * past a check on its result. The returned string is the parser's serialisation with
 * spaces, quotes, backslashes and angle brackets percent-encoded.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_HREF_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && url.hostname === "") return null;
  // Opaque (mailto) paths keep quotes, spaces and brackets; no renderer should have to care.
  return url.href.replace(/[ "'<>`{}|\\^]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
