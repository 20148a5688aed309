import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { VersionSummary } from "@review/shared";
import type { VersionApi } from "../../api/versions.ts";
import { describeError } from "../../app/errorText.ts";
import { Link, navigate, useLocation } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { Alert } from "../../ui/Alert.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ArrowLeftIcon, ClockIcon, LockIcon, RefreshIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { NameVersionForm } from "./NameVersionForm.tsx";
import { useVersionList, useVersionUpdate, type Loadable } from "./useVersions.ts";
import { VersionDiff } from "./VersionDiff.tsx";
import { VersionList } from "./VersionList.tsx";
import { useVersionDate, useVersionTitle, type StatusTitles } from "./versionTitle.ts";
import { VersionViewer } from "./VersionViewer.tsx";
import "./history.css";

const CURRENT = "current";

/** The words that name the document (report or paper) on its history page. */
export type HistoryWording = {
  back: MessageKey;
  emptyText: MessageKey;
  current: MessageKey;
  headingCurrent: MessageKey;
  restoreText: MessageKey;
  statusTitles: StatusTitles;
};

export type DocumentHistoryProps = {
  api: VersionApi;
  /** The document's own page, to go back to (and to after a restore). */
  documentPath: string;
  /** This page with a version selected and another compared. */
  historyPath: (select: { version?: string; compare?: string }) => string;
  /** Why versions cannot be restored now (a final report, a published paper), or null. */
  lockedNotice: MessageKey | null;
  wording: HistoryWording;
};

/**
 * A document's version history (a findings report or a policy paper): the versions (newest
 * first), one shown read-only or compared with another version or the current text, naming the
 * current version and restoring an old one (writers). The selection lives in the URL, so it can
 * be shared.
 */
export function DocumentHistory({ api, documentPath, historyPath, lockedNotice, wording }: DocumentHistoryProps) {
  const t = useT();
  const headingId = useId();
  const listHeadingId = useId();
  const viewHeadingId = useId();
  const compareId = useId();
  const { search } = useLocation();
  const queryClient = useQueryClient();
  const { list, reload } = useVersionList(api);
  const [restoring, setRestoring] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // The report (and the link that led here) is gone: start reading at this page's heading.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  const versions = useMemo(() => (list.status === "loaded" ? list.value.versions : []), [list]);
  const formatDate = useVersionDate(versions);
  const versionTitle = useVersionTitle(versions, wording.statusTitles);
  const canWrite = list.status === "loaded" && list.value.canWrite;
  const selected = versions.find((version) => version.id === search.get("version")) ?? versions[0] ?? null;
  const compareParam = search.get("compare");
  const compared: VersionSummary | typeof CURRENT | null =
    compareParam === CURRENT ? CURRENT : (versions.find((version) => version.id === compareParam && version.id !== selected?.id) ?? null);
  const comparedId = compared === CURRENT ? CURRENT : (compared?.id ?? null);

  const selectedUpdate = useVersionUpdate(api, selected?.id ?? null);
  const comparedUpdate = useVersionUpdate(api, comparedId);

  const show = (version: string | null, compare: string | null) =>
    navigate(historyPath({ version: version ?? undefined, compare: compare ?? undefined }), { replace: true });

  const onNamed = (version: VersionSummary) => {
    void reload().then(() => show(version.id, null));
  };

  const restore = async (): Promise<string | null> => {
    if (!selected) return null;
    try {
      await api.restore(selected.id);
      // The restore is recorded as a new version.
      void queryClient.invalidateQueries({ queryKey: queryKeys.versions.list(api.key) });
      navigate(documentPath);
      return null;
    } catch (error) {
      return describeError(t, error);
    }
  };

  // Two versions may share a title ("Automatic version"): comparisons name them with their dates.
  const describe = (version: VersionSummary) => t("history.compare.version", { title: versionTitle(version), date: formatDate(version) });
  // Older first: a comparison reads as "what happened from the earlier to the later".
  const [before, after] =
    compared === null || !selected
      ? [null, null]
      : compared === CURRENT || compared.createdAt >= selected.createdAt
        ? [{ update: selectedUpdate, name: describe(selected) }, { update: comparedUpdate, name: compared === CURRENT ? null : describe(compared) }]
        : [{ update: comparedUpdate, name: describe(compared) }, { update: selectedUpdate, name: describe(selected) }];

  return (
    <section className="history stack" aria-labelledby={headingId}>
      <header className="history__header stack">
        <Link to={documentPath} className="back-link">
          <ArrowLeftIcon size={16} />
          {t(wording.back)}
        </Link>
        <h2 className="history__title" id={headingId} ref={heading} tabIndex={-1}>
          <ClockIcon size={18} />
          {t("history.title")}
        </h2>
      </header>

      {list.status === "loading" ? (
        <div className="history__loading">
          <Spinner label={t("history.loading")} size={24} />
        </div>
      ) : null}
      {list.status === "failed" ? (
        <LoadFailed title={t("history.failed")} error={list.error} onRetry={() => void reload()} />
      ) : null}

      {list.status === "loaded" ? (
        <div className="history__body">
          <div className="history__aside stack">
            {canWrite ? <NameVersionForm api={api} onNamed={onNamed} /> : null}
            <h3 className="history__subtitle" id={listHeadingId}>
              {t("history.list.label")}
            </h3>
            {versions.length > 0 ? (
              <VersionList versions={versions} selectedId={selected?.id ?? null} onSelect={(id) => show(id, comparedId === id ? null : comparedId)} labelledBy={listHeadingId} title={versionTitle} date={formatDate} />
            ) : (
              <div className="empty-state history__empty">
                <p className="empty-state__title">{t("history.empty.title")}</p>
                <p className="empty-state__text">{t(wording.emptyText)}</p>
              </div>
            )}
          </div>

          {selected ? (
            <div className="history__main stack">
              <div className="history__toolbar cluster">
                <div className="history__heading">
                  <h3 className="history__subtitle" id={viewHeadingId}>
                    {!before || !after
                      ? t("history.view.heading", { label: versionTitle(selected) })
                      : after.name === null
                        ? t(wording.headingCurrent, { from: before.name })
                        : t("history.compare.heading", { from: before.name, to: after.name })}
                  </h3>
                  <p className="history__meta">
                    <time dateTime={selected.createdAt}>{formatDate(selected)}</time>
                    {selected.contributors.length > 0
                      ? ` · ${t("history.contributors")}: ${selected.contributors.map((person) => person.name).join(", ")}`
                      : ` · ${t("history.contributors.none")}`}
                  </p>
                </div>
                <div className="history__actions cluster">
                  <div className="history__compare stack">
                    <label className="field__label" htmlFor={compareId}>
                      {t("history.compare.label")}
                    </label>
                    <select id={compareId} className="input select" value={comparedId ?? ""} onChange={(event) => show(selected.id, event.target.value || null)}>
                      <option value="">{t("history.compare.none")}</option>
                      <option value={CURRENT}>{t(wording.current)}</option>
                      {versions
                        .filter((version) => version.id !== selected.id)
                        .map((version) => (
                          <option key={version.id} value={version.id}>
                            {[versionTitle(version), formatDate(version), ...version.contributors.slice(0, 3).map((person) => person.name)].join(" · ")}
                          </option>
                        ))}
                    </select>
                  </div>
                  {canWrite && !lockedNotice ? (
                    <button type="button" className="button button--secondary" onClick={() => setRestoring(true)}>
                      <RefreshIcon size={16} />
                      {t("history.restore.button")}
                    </button>
                  ) : null}
                </div>
              </div>
              {canWrite && lockedNotice ? (
                <Alert tone="info" icon={<LockIcon />}>
                  {t(lockedNotice)}
                </Alert>
              ) : null}

              {before && after ? (
                <Loaded states={[before.update, after.update] as const}>
                  {([from, to]) => <VersionDiff before={from} after={to} labelledBy={viewHeadingId} />}
                </Loaded>
              ) : (
                <Loaded states={[selectedUpdate] as const}>
                  {([update]) => <VersionViewer key={selected.id} update={update} labelledBy={viewHeadingId} />}
                </Loaded>
              )}
            </div>
          ) : null}
        </div>
      ) : null}

      {selected ? (
        <ConfirmDialog
          open={restoring}
          title={t("history.restore.title", { label: versionTitle(selected) })}
          confirmLabel={t("history.restore.confirm")}
          busyLabel={t("history.restore.busy")}
          confirmTone="primary"
          onConfirm={restore}
          onClose={() => setRestoring(false)}
        >
          <p className="history__restore-target">
            <strong>{versionTitle(selected)}</strong> · <time dateTime={selected.createdAt}>{formatDate(selected)}</time>
          </p>
          <p>{t(wording.restoreText)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** Renders `children` once every state has loaded; a spinner or the first failure until then. */
function Loaded<S extends readonly (Loadable<string> | null)[]>({
  states,
  children,
}: {
  states: S;
  children: (values: { [K in keyof S]: string }) => ReactNode;
}) {
  const t = useT();
  const failed = states.find((state) => state?.status === "failed");
  if (failed?.status === "failed") {
    return <LoadFailed title={t("history.view.failed")} error={failed.error} />;
  }
  const values = states.map((state) => (state?.status === "loaded" ? state.value : null));
  if (values.some((value) => value === null)) {
    return (
      <div className="history__loading">
        <Spinner label={t("history.view.loading")} size={24} />
      </div>
    );
  }
  return <>{children(values as { [K in keyof S]: string })}</>;
}
