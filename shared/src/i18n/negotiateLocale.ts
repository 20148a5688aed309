import { DEFAULT_LOCALE_CODE, isLocaleCode, type LocaleCode } from "../schema/locale.ts";

/** Entries read from one header: enough for any browser, bounded against a hostile one. */
const MAX_ENTRIES = 32;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * The supported language an `Accept-Language` header prefers most (RFC 9110 §12.5.4):
 * entries by quality, ties in the order written; a region or script subtag counts as its
 * base language (`de-AT` is `de`, `es-419` is `es`); `q=0` refuses; `*` stands for the
 * default. English when nothing supported is acceptable or the header is absent or malformed.
 */
export function negotiateLocale(header: string | null | undefined): LocaleCode {
  if (!header) return DEFAULT_LOCALE_CODE;
  const ranked = header
    .split(",")
    .slice(0, MAX_ENTRIES)
    .map((entry, index) => {
      const [range = "", ...params] = entry.split(";").map((part) => part.trim());
      const qParam = params.find((param) => /^q=/i.test(param));
      const match = qParam === undefined ? null : QUALITY.exec(qParam);
      const quality = qParam === undefined ? 1 : match ? Number(match[1]) : 0;
      const base = range === "*" ? DEFAULT_LOCALE_CODE : range.toLowerCase().split("-")[0];
      return { base, quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { base } of ranked) if (isLocaleCode(base)) return base;
  return DEFAULT_LOCALE_CODE;
}
