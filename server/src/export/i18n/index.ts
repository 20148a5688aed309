import type { LocaleCode } from "@review/shared";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import type { ExportMessages } from "./messages.ts";

export type { ExportMessages } from "./messages.ts";

/** One catalogue per supported language: adding a code to LOCALE_CODES fails typecheck here until it has one. */
const CATALOGUES: Record<LocaleCode, ExportMessages> = { en, de, es };

export function exportMessages(locale: LocaleCode): ExportMessages {
  return CATALOGUES[locale];
}

const DATE_FORMATS = new Map<LocaleCode, Intl.DateTimeFormat>();

/** "12 March 2026", "12. März 2026", "12 de marzo de 2026": a calendar date in UTC. */
export function formatExportDate(locale: LocaleCode, date: Date): string {
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(CATALOGUES[locale].languageTag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    DATE_FORMATS.set(locale, format);
  }
  return format.format(date);
}
