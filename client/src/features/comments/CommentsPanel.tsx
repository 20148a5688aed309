import { useEffect, useId, useState, type ReactNode } from "react";
import { threadIsNew, type CommentThread } from "@review/shared/comments";
import { useT } from "../../i18n/I18nProvider.tsx";
import { SuggestionComposer } from "./SuggestionComposer.tsx";
import { CommentComposer } from "./CommentComposer.tsx";
import { ThreadCard } from "./ThreadCard.tsx";
import type { CommentsController } from "./useComments.ts";
import "./commentsPanel.css";
import { useWideLayout } from "./useWideLayout.ts";

type Filter = "open" | "resolved" | "orphaned";
const FILTERS: readonly Filter[] = ["open", "resolved", "orphaned"];
const FILTER_LABEL = { open: "comments.filter.open", resolved: "comments.filter.resolved", orphaned: "comments.filter.orphaned" } as const;
const EMPTY_LABEL = { open: "comments.panel.empty.open", resolved: "comments.panel.empty.resolved", orphaned: "comments.panel.empty.orphaned" } as const;
/** Looking at the list this long counts as having seen it. */
const SEEN_AFTER_MS = 1500;

type CommentsPanelProps = {
  controller: CommentsController;
  /** The panel is on screen (e.g. its tab is selected): only then does it count as seen. */
  visible: boolean;
  announce: (message: string) => void;
  /** Entries of the document's own kind shown above the threads (e.g. the host's replies to findings). */
  children?: ReactNode;
};

/**
 * Every thread of the document as a list: what is new since the last visit first, then open,
 * resolved or orphaned threads. Viewing it records the visit.
 */
export function CommentsPanel({ controller, visible, announce, children }: CommentsPanelProps) {
  const t = useT();
  const wide = useWideLayout();
  const headingId = useId();
  const [filter, setFilter] = useState<Filter>("open");
  const { threads, anchored, unread } = controller;

  const orphaned = (thread: CommentThread) => anchored.get(thread.id) === false;
  const groups: Record<Filter, CommentThread[]> = {
    open: threads.filter((thread) => !thread.resolved && !orphaned(thread)),
    resolved: threads.filter((thread) => thread.resolved),
    orphaned: threads.filter((thread) => !thread.resolved && orphaned(thread)),
  };
  const fresh = threads.filter((thread) => threadIsNew(thread, controller.user.id, controller.visitStartedSeenAt));

  // Seen once it has been on screen a moment, and again when something new arrives while it is.
  useEffect(() => {
    if (!visible || !controller.ready || unread.total === 0) return;
    const timer = setTimeout(controller.markViewed, SEEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [visible, controller.ready, controller.markViewed, unread.total]);

  const card = (thread: CommentThread, compact: boolean | "always" = false) => (
    <li key={thread.id}>
      <ThreadCard controller={controller} thread={thread} variant="list" orphaned={orphaned(thread)} announce={announce} compact={compact} />
    </li>
  );

  return (
    <section className="comments-panel" aria-labelledby={headingId} data-testid="comments-panel">
      <div className="comments-panel__header">
        <h3 className="comments-panel__title" id={headingId}>
          {t("comments.title")}
        </h3>
        {unread.mentions > 0 ? (
          <span className="comments-panel__mentions" data-testid="comments-mentions">
            {t("comments.panel.mentions", { count: unread.mentions })}
          </span>
        ) : null}
      </div>
      {!controller.ready ? <p className="comments-panel__muted">{t("comments.panel.loading")}</p> : null}
      {controller.canComment ? <p className="comments-panel__hint">{t("comments.add.hint")}</p> : <p className="comments-panel__hint">{t("comments.add.readOnly")}</p>}
      {controller.draft && !wide ? (
        <div className="thread thread--list thread--active thread--draft">
          <blockquote className="thread__quote">{controller.draft.quote}</blockquote>
          <CommentComposer
            kind="thread"
            members={controller.members}
            initialBody={controller.draft.body}
            initialMentions={controller.draft.mentions}
            onDraftChange={controller.updateDraft}
            autoFocus
            onSubmit={async (body, mentions) => {
              const failure = await controller.submitThread(body, mentions);
              if (failure === null) announce(t("comments.announce.created"));
              return failure;
            }}
            onCancel={controller.cancelDraft}
          />
        </div>
      ) : null}
      {controller.suggestions?.draft && !wide ? (
        <div className="thread thread--list thread--active thread--draft">
          <SuggestionComposer suggestions={controller.suggestions} announce={announce} />
        </div>
      ) : null}
      {children}
      <section className="comments-panel__section" aria-label={t("comments.panel.new")}>
        <h4 className="comments-panel__subtitle">
          {controller.visitStartedSeenAt ? t("comments.panel.new") : t("comments.panel.firstVisit")}
          {fresh.length > 0 ? <span className="count-badge">{fresh.length}</span> : null}
        </h4>
        {fresh.length === 0 ? <p className="comments-panel__muted">{t("comments.panel.newEmpty")}</p> : <ul className="comments-panel__list">{fresh.map((thread) => card(thread, "always"))}</ul>}
      </section>
      <div className="comments-panel__filters" role="radiogroup" aria-label={t("comments.panel.filters")}>
        {FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={filter === value}
            className="comments-panel__filter"
            onClick={() => setFilter(value)}
          >
            {t("comments.filter.count", { label: t(FILTER_LABEL[value]), count: groups[value].length })}
          </button>
        ))}
      </div>
      {groups[filter].length === 0 ? <p className="comments-panel__muted">{t(EMPTY_LABEL[filter])}</p> : <ul className="comments-panel__list" data-testid="comments-filtered">{groups[filter].map((thread) => card(thread))}</ul>}
    </section>
  );
}
