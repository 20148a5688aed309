import type { Context } from "hono";
import type { ExportFile } from "./exportFile.ts";
import { HTML_EXPORT_CSP } from "./html.ts";

/**
 * The served HTML export: the page's own policy, plus what only a header can say. `sandbox`
 * gives the page an opaque origin, so even a rendering bug could not reach the app's cookies
 * or API; `allow-modals` keeps the browser's print dialog working.
 */
const HTML_RESPONSE_CSP = `${HTML_EXPORT_CSP}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox allow-popups allow-popups-to-escape-sandbox allow-modals`;

/** An export file as the response: its type and name, never cached or sniffed; HTML sandboxed. */
export function exportResponse(c: Context, file: ExportFile, html: boolean): Response {
  c.header("Content-Type", file.contentType);
  c.header("Content-Disposition", file.disposition);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Cache-Control", "private, no-store");
  if (html) c.header("Content-Security-Policy", HTML_RESPONSE_CSP);
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200);
}
