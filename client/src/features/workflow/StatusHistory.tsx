import type { ReviewDetail } from "@review/shared";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { getReportStatusHistory } from "../../api/reportWorkflow.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { useDateTimeFormat } from "../../i18n/useDateTimeFormat.ts";
import { STATUS_LABEL } from "./workflowActions.ts";

/** Who moved the report when, newest first; fetched when opened and after every change while open. */
export function StatusHistory({ review }: { review: ReviewDetail }) {
  const t = useT();
  const formatDateTime = useDateTimeFormat();
  const [open, setOpen] = useState(false);
  // Keyed by the last change, so that a move while it is open fetches it again; the older list stays shown meanwhile.
  const { data: changes, isError } = useQuery({
    queryKey: queryKeys.reviews.statusHistory(review.id, review.reportStatusChangedAt),
    queryFn: () => getReportStatusHistory(review.id),
    enabled: open,
    placeholderData: keepPreviousData,
  });
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

  return (
    <details ref={details} className="status-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="status-history__toggle">{t("workflow.history.toggle")}</summary>
      <div className="status-history__body">
        {open && changes === undefined && !isError ? <Spinner size={16} label={t("app.loading")} /> : null}
        {changes === undefined && isError ? <p className="status-history__empty">{t("workflow.history.failed")}</p> : null}
        {changes?.length === 0 ? <p className="status-history__empty">{t("workflow.history.empty")}</p> : null}
        {changes !== undefined && changes.length > 0 ? (
          <ol className="status-history__list">
            {changes.map((change) => (
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
