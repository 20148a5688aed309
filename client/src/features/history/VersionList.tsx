import type { VersionSummary } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { ClockIcon, LockIcon, PencilIcon, RefreshIcon } from "../../ui/icons.tsx";
import { KIND_LABEL } from "./versionTitle.ts";

const KIND_ICON = { auto: ClockIcon, named: PencilIcon, status: LockIcon, restore: RefreshIcon } as const;
const KIND_TONE = { auto: "neutral", named: "info", status: "warning", restore: "success" } as const;

/** The versions, newest first; choosing one shows it. The chosen one is marked `aria-current`. */
export function VersionList({
  versions,
  selectedId,
  onSelect,
  labelledBy,
  title,
  date,
}: {
  versions: VersionSummary[];
  /** What each version is called (see `useVersionTitle`). */
  title: (version: VersionSummary) => string;
  /** When each version was taken (see `useVersionDate`). */
  date: (version: VersionSummary) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  labelledBy: string;
}) {
  const t = useT();
  return (
    <ol className="history-list" aria-labelledby={labelledBy}>
      {versions.map((version) => {
        const Icon = KIND_ICON[version.kind];
        const selected = version.id === selectedId;
        return (
          <li key={version.id}>
            <button
              type="button"
              className={`history-item${selected ? " history-item--selected" : ""}`}
              aria-current={selected ? "true" : undefined}
              onClick={() => onSelect(version.id)}
              data-version-id={version.id}
            >
              <span className="history-item__top">
                <span className={`history-kind pill pill--small pill--${KIND_TONE[version.kind]}`}>
                  <Icon size={12} />
                  {t(KIND_LABEL[version.kind])}
                </span>
                <time className="history-item__date" dateTime={version.createdAt}>
                  {date(version)}
                </time>
              </span>
              <span className="history-item__title">{title(version)}</span>
              {version.createdBy ? <span className="history-item__by">{t("history.by", { name: version.createdBy.name })}</span> : null}
              {version.contributors.length > 0 ? (
                <span className="history-item__contributors">
                  <span className="visually-hidden">{t("history.contributors")}: </span>
                  <span className="history-item__avatars" aria-hidden="true">
                    {version.contributors.slice(0, 4).map((person) => (
                      <Avatar key={person.id} name={person.name} color={person.color} size="sm" />
                    ))}
                  </span>
                  <span className="history-item__names">{version.contributors.map((person) => person.name).join(", ")}</span>
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
