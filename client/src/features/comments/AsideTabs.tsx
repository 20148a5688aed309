import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import type { CommentsController } from "./useComments.ts";
import "./commentsPanel.css";
import { useWideLayout } from "./useWideLayout.ts";

type Tab = "benchmark" | "comments";
const TABS: readonly Tab[] = ["benchmark", "comments"];

type AsideTabsProps = {
  controller: CommentsController;
  benchmark: ReactNode;
  /** The first tab's name: the benchmark beside a report, the score card beside a paper. */
  benchmarkLabel?: MessageKey;
  /** Rendered with whether its tab is showing (the panel records a visit only when seen). */
  comments: (visible: boolean) => ReactNode;
};

/**
 * The column beside the report, switching between the benchmark and the comment list (ARIA
 * tabs: arrows move between them). On narrow screens it switches to comments when a thread
 * is started, since the margin is not there to hold the composer.
 */
export function AsideTabs({ controller, benchmark, benchmarkLabel = "comments.aside.benchmark", comments }: AsideTabsProps) {
  const t = useT();
  const wide = useWideLayout();
  const id = useId();
  const [tab, setTab] = useState<Tab>("benchmark");
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const unread = controller.unread.total;

  useEffect(() => {
    if (controller.draft && !wide) setTab("comments");
  }, [controller.draft, wide]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft" && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const index = TABS.indexOf(tab);
    const next = event.key === "Home" ? 0 : event.key === "End" ? TABS.length - 1 : (index + (event.key === "ArrowRight" ? 1 : -1) + TABS.length) % TABS.length;
    setTab(TABS[next]!);
    refs.current.get(TABS[next]!)?.focus();
  };

  return (
    <div className="aside-tabs">
      <div className="aside-tabs__list" role="tablist" aria-label={t("comments.aside.tabs")}>
        {TABS.map((value) => (
          <button
            key={value}
            ref={(element) => {
              if (element) refs.current.set(value, element);
            }}
            type="button"
            role="tab"
            id={`${id}-${value}-tab`}
            aria-controls={`${id}-${value}`}
            aria-selected={tab === value}
            tabIndex={tab === value ? 0 : -1}
            className="aside-tabs__tab"
            onClick={() => setTab(value)}
            onKeyDown={onKeyDown}
          >
            {value === "benchmark" ? t(benchmarkLabel) : t("comments.aside.comments")}
            {value === "comments" && unread > 0 ? (
              <>
                <span className="count-badge" aria-hidden="true" data-testid="comments-unread">
                  {unread}
                </span>
                <span className="visually-hidden">, {t("comments.unread", { count: unread })}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-benchmark`} aria-labelledby={`${id}-benchmark-tab`} hidden={tab !== "benchmark"}>
        {benchmark}
      </div>
      <div role="tabpanel" id={`${id}-comments`} aria-labelledby={`${id}-comments-tab`} hidden={tab !== "comments"}>
        {comments(tab === "comments")}
      </div>
    </div>
  );
}
