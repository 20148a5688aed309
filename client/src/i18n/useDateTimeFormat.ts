import { useMemo } from "react";
import { useI18n } from "./I18nProvider.tsx";

/** Formats an ISO timestamp as date and time in the UI's locale ("4 May 2026, 10:00"; with `seconds`, "10:00:07"). */
export function useDateTimeFormat({ seconds = false }: { seconds?: boolean } = {}): (iso: string) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: seconds ? "medium" : "short" });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? "" : format.format(date);
    };
  }, [locale, seconds]);
}
