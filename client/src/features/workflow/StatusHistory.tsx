import type { ReportStatusChange, ReviewDetail } from "@review/shared";
import { useEffect, useRef, useState } from "react";
import { getReportStatusHistory } from "../../api/reportWorkflow.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { useDateTimeFormat } from "../../i18n/useDateTimeFormat.ts";
import { STATUS_LABEL } from "./workflowActions.ts";

type HistoryState = { status: "idle" } | { status: "loading" } | { status: "failed" } | { status: "loaded"; changes: ReportStatusChange[] };

/** Who moved the report when, newest first; fetched when opened and after every change while open. */
export function StatusHistory({ review }: { review: ReviewDetail }) {
  const t = useT();
  const formatDateTime = useDateTimeFormat();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<HistoryState>({ status: "idle" });
  const details = useRef<HTMLDetailsElement>(null);

  // A popover: Escape or a click elsewhere closes it (focus goes back to its toggle on Escape).
  useEffect(() => {
    if (!open) return;
    const close = (restoreFocus: boolean) => {
      const element = details.current;
      if (!element) return;
      element.open = false;
      if (restoreFocus) element.querySelector("summary")?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (!details.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setState((current) => (current.status === "loaded" ? current : { status: "loading" }));
    getReportStatusHistory(review.id).then(
      (changes) => !cancelled && setState({ status: "loaded", changes }),
      () => !cancelled && setState({ status: "failed" }),
    );
    return () => {
      cancelled = true;
    };
  }, [open, review.id, review.reportStatusChangedAt]);

  return (
    <details ref={details} className="status-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="status-history__toggle">{t("workflow.history.toggle")}</summary>
      <div className="status-history__body">
        {state.status === "loading" ? <Spinner size={16} label={t("app.loading")} /> : null}
        {state.status === "failed" ? <p className="status-history__empty">{t("workflow.history.failed")}</p> : null}
        {state.status === "loaded" && state.changes.length === 0 ? <p className="status-history__empty">{t("workflow.history.empty")}</p> : null}
        {state.status === "loaded" && state.changes.length > 0 ? (
          <ol className="status-history__list">
            {state.changes.map((change) => (
              <li key={`${change.at}-${change.to}`} className="status-history__item">
                <span className="status-history__step">
                  {t("workflow.history.entry", { from: t(STATUS_LABEL[change.from]), to: t(STATUS_LABEL[change.to]) })}
                </span>
                <span className="status-history__meta">
                  <time dateTime={change.at}>{formatDateTime(change.at)}</time>
                  {change.by ? ` · ${t("workflow.history.by", { name: change.by })}` : null}
                </span>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </details>
  );
}
