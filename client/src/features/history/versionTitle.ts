import { useCallback, useMemo } from "react";
import type { VersionSummary } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { useDateTimeFormat } from "../../i18n/useDateTimeFormat.ts";

export const KIND_LABEL: Record<VersionSummary["kind"], MessageKey> = {
  auto: "history.kind.auto",
  named: "history.kind.named",
  status: "history.kind.status",
  restore: "history.kind.restore",
};

/** The title of a status version per status its label may hold (a report's or a paper's). */
export type StatusTitles = Readonly<Record<string, MessageKey>>;

/**
 * What a version is called: its name, or what made it. A restore names what it restored
 * (by name, else by the restored version's date when it is among `versions`).
 */
export function useVersionTitle(versions: readonly VersionSummary[], statusTitles: StatusTitles): (version: VersionSummary) => string {
  const t = useT();
  const formatDate = useDateTimeFormat();
  return useCallback(
    (version: VersionSummary) => {
      switch (version.kind) {
        case "named":
          return version.label ?? t("history.kind.named");
        case "status": {
          // The label of a status version is the new status (set by the server, checked here before it is shown).
          const title = version.label !== null && Object.hasOwn(statusTitles, version.label) ? statusTitles[version.label] : undefined;
          return title ? t(title) : t("history.kind.status");
        }
        case "restore": {
          if (version.label) return t("history.label.restore", { label: version.label });
          const source = versions.find((candidate) => candidate.id === version.restoredFrom);
          return source ? t("history.label.restoreDated", { date: formatDate(source.createdAt) }) : t("history.label.restoreUnnamed");
        }
        case "auto":
          return t("history.label.auto");
      }
    },
    [t, formatDate, versions, statusTitles],
  );
}

/**
 * When a version was taken, to the minute, or to the second where another version of the list
 * was taken in the same minute (two sessions a minute apart would otherwise read the same).
 */
export function useVersionDate(versions: readonly VersionSummary[]): (version: VersionSummary) => string {
  const toMinute = useDateTimeFormat();
  const toSecond = useDateTimeFormat({ seconds: true });
  return useMemo(() => {
    const perMinute = new Map<string, number>();
    for (const version of versions) {
      const minute = toMinute(version.createdAt);
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    }
    return (version: VersionSummary) => {
      const minute = toMinute(version.createdAt);
      return (perMinute.get(minute) ?? 0) > 1 ? toSecond(version.createdAt) : minute;
    };
  }, [versions, toMinute, toSecond]);
}
