import type { SessionKind } from "@review/shared/programme";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import type { Translator } from "../../i18n/translate.ts";
import type { MessageKey } from "../../i18n/messages/en.ts";

export const SESSION_KIND_LABEL = {
  interview: "programme.kind.interview",
  workshop: "programme.kind.workshop",
  site_visit: "programme.kind.site_visit",
  document_review: "programme.kind.document_review",
} as const satisfies Record<SessionKind, MessageKey>;

/** A factor's short code as the toolkit numbers it: "C3" in the core, "M1.2" in a theme module. */
export function factorCode(t: Translator<MessageKey>, factor: ScopedFactor): string {
  return factor.module.kind === "core"
    ? t("programme.factor.code.core", { number: factor.number })
    : t("programme.factor.code.theme", { module: factor.moduleNumber, number: factor.number });
}

/** "Monday, 9 March 2026" in the interface's language (the date is a calendar date: no time zone shift). */
export function longDate(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

/** "Mon 9 Mar", for the session select of an evidence card and the coverage list. */
export function shortDate(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}
