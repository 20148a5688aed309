import { isSafeLinkHref } from "./linkSafety.ts";

/**
 * What a writer typed as a link target, as an address the editor keeps: "example.org/report"
 * becomes "https://example.org/report", "name@example.org" a mailto link. Null when it is
 * not an http(s) or mailto address (javascript:, data:, relative paths).
 */
export function normaliseLinkTarget(typed: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(value)) return `mailto:${value}`;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  if (!isSafeLinkHref(withScheme)) return null;
  // An address needs a dot in its host (or is localhost): "https://report" is a typo.
  const url = new URL(withScheme);
  if (url.protocol !== "mailto:" && !url.hostname.includes(".") && url.hostname !== "localhost") return null;
  return withScheme;
}
