/**
 * Calendar dates (YYYY-MM-DD, as the API stores visit dates) and relative
 * times, formatted for a locale. Pure: the locale and "now" are arguments.
 */

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD date as midnight UTC, so that no time zone moves it to the day before. */
function utcMidnight(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "12 May 2026" (as the locale writes a date) for a YYYY-MM-DD date. */
export function formatIsoDate(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(utcMidnight(iso));
}

/** "12–15 May 2026": a span of YYYY-MM-DD dates, shortened the locale's way; one date when both are the same. */
export function formatIsoDateRange(locale: string, start: string, end: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return start === end ? format.format(utcMidnight(start)) : format.formatRange(utcMidnight(start), utcMidnight(end));
}

/** The local calendar date of `date` as YYYY-MM-DD (what a date input shows for "today"). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole days from one YYYY-MM-DD date to another: 1 from a day to the next, negative backwards. */
export function daysFrom(fromIso: string, toIso: string): number {
  return Math.round((utcMidnight(toIso).getTime() - utcMidnight(fromIso).getTime()) / DAY_MS);
}

export type RelativeTime = { value: number; unit: Intl.RelativeTimeFormatUnit };

/** How far `target` is from `now` in the largest unit that reads naturally (seconds up to months). */
export function relativeTimeParts(target: Date, now: Date): RelativeTime {
  const seconds = (target.getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return { value: Math.round(seconds), unit: "second" };
  if (abs < 3600) return { value: Math.round(seconds / 60), unit: "minute" };
  if (abs < 86_400) return { value: Math.round(seconds / 3600), unit: "hour" };
  if (abs < 45 * 86_400) return { value: Math.round(seconds / 86_400), unit: "day" };
  return { value: Math.round(seconds / (30 * 86_400)), unit: "month" };
}

/** "in 13 days", "tomorrow", "2 hours ago": `target` relative to `now` in the locale's words. */
export function formatRelativeTime(locale: string, target: Date | string, now: Date): string {
  const when = typeof target === "string" ? new Date(target) : target;
  const { value, unit } = relativeTimeParts(when, now);
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(value, unit);
}
