import { useState, type CSSProperties, type Ref } from "react";
import { threadIsNew, type CommentThread } from "@review/shared/comments";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { formatRelativeTime } from "../../i18n/dates.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { CommentComposer } from "./CommentComposer.tsx";
import { CommentItem } from "./CommentItem.tsx";
import { SuggestionSummary } from "./SuggestionSummary.tsx";
import type { CommentsController } from "./useComments.ts";
import "./comments.css";

type ThreadCardProps = {
  controller: CommentsController;
  thread: CommentThread;
  /** In the margin beside the passage, or in the list panel (which shows the quote). */
  variant: "margin" | "list";
  orphaned: boolean;
  style?: CSSProperties;
  cardRef?: Ref<HTMLElement>;
  announce: (message: string) => void;
  /** Show only the opening comment: until the thread is active (default in the margin), or always (a summary entry). */
  compact?: boolean | "always";
};

/** A thread: its passage (in the list, or when orphaned), comments, reply box, resolve / reopen. */
export function ThreadCard({ controller, thread, variant, orphaned, style, cardRef, announce, compact: compactWhenIdle = variant === "margin" }: ThreadCardProps) {
  const { t, locale } = useI18n();
  const [confirm, setConfirm] = useState<string | null>(null);
  const [resolveFailure, setResolveFailure] = useState<string | null>(null);
  const active = controller.activeId === thread.id;
  const meId = controller.user.id;
  const opener = controller.memberById.get(thread.createdBy)?.name ?? t("comments.unknownAuthor");
  const isNew = threadIsNew(thread, meId, controller.visitStartedSeenAt);
  const visible = thread.comments.filter((comment) => !comment.deleted);
  const resolverName = thread.resolvedBy ? (thread.resolvedBy === meId ? t("comments.you") : (controller.memberById.get(thread.resolvedBy)?.name ?? t("comments.unknownAuthor"))) : "";
  const quoteShort = thread.quote.length > 60 ? `${thread.quote.slice(0, 59)}…` : thread.quote;

  // A margin card that is not active shows its opening comment only, so cards stay near their passages.
  const compact = compactWhenIdle === "always" || (compactWhenIdle && !active);
  const firstShown = thread.comments.findIndex((comment) => !comment.deleted);
  const replies = visible.length - 1;

  const activate = () => {
    if (!active) controller.activate(thread.id, variant === "list");
  };

  return (
    <article
      ref={cardRef}
      className={`thread thread--${variant}${active ? " thread--active" : ""}${thread.resolved ? " thread--resolved" : ""}${orphaned ? " thread--orphaned" : ""}`}
      style={style}
      data-thread-id={thread.id}
      aria-label={t(thread.suggestion ? "suggestions.thread.label" : "comments.thread.label", { name: opener, quote: quoteShort })}
      tabIndex={compactWhenIdle ? 0 : undefined}
      aria-current={active || undefined}
      onClick={activate}
      onFocus={activate}
    >
      {/* A suggestion's card names its passage itself; once accepted, its passage is replaced, not lost. */}
      {(variant === "list" || orphaned) && !thread.suggestion ? (
        <blockquote className="thread__quote" aria-label={t("comments.quote.label")}>
          {thread.quote}
        </blockquote>
      ) : null}
      {orphaned && thread.decision?.status !== "accepted" ? <p className="thread__orphaned">{t("comments.thread.orphaned")}</p> : null}
      {thread.suggestion ? <SuggestionSummary controller={controller} thread={{ ...thread, suggestion: thread.suggestion }} announce={announce} /> : null}
      {thread.resolved && !thread.decision ? (
        <p className="thread__resolved">{t("comments.thread.resolvedBy", { name: resolverName, when: thread.resolvedAt ? formatRelativeTime(locale, thread.resolvedAt, new Date()) : "" })}</p>
      ) : null}
      <ol className="thread__comments">
        {thread.comments.map((comment, index) => {
          // A deleted comment with nothing after it leaves no trace.
          if (comment.deleted && !thread.comments.slice(index + 1).some((later) => !later.deleted)) return null;
          if (compact && index !== firstShown) return null;
          return (
            <CommentItem
              key={comment.id}
              comment={comment}
              members={controller.members}
              memberById={controller.memberById}
              meId={meId}
              canEdit={controller.canComment && !compact}
              isNew={isNew && comment.author !== meId && (controller.visitStartedSeenAt === null || comment.createdAt > controller.visitStartedSeenAt)}
              onEdit={(body, mentions) => controller.edit(thread.id, comment.id, body, mentions)}
              onDelete={() => setConfirm(comment.id)}
            />
          );
        })}
      </ol>
      {compact && replies > 0 ? <p className="thread__more">{t("comments.thread.replies", { count: replies })}</p> : null}
      {controller.canComment && !compact ? (
        <div className="thread__footer">
          {!thread.resolved ? (
            <CommentComposer
              kind="reply"
              members={controller.members}
              onSubmit={async (body, mentions) => {
                const failure = await controller.reply(thread.id, body, mentions);
                if (failure === null) announce(t("comments.announce.replied"));
                return failure;
              }}
            />
          ) : null}
          <div className="thread__actions">
            {variant === "list" && !orphaned ? (
              <button type="button" className="thread__action" onClick={() => controller.activate(thread.id, true)}>
                {t("comments.thread.show")}
              </button>
            ) : null}
            {/* A decided suggestion stays resolved: its decision is final. */}
            {!thread.decision ? <button
              type="button"
              className="thread__action thread__action--resolve"
              aria-label={t(thread.resolved ? "comments.thread.reopenLabel" : "comments.thread.resolveLabel", { quote: quoteShort })}
              onClick={async (event) => {
                event.stopPropagation();
                setResolveFailure(null);
                const resolving = !thread.resolved;
                const failure = await controller.resolve(thread.id, resolving);
                if (failure !== null) setResolveFailure(failure);
                else announce(t(resolving ? "comments.announce.resolved" : "comments.announce.reopened"));
              }}
            >
              {t(thread.resolved ? "comments.thread.reopen" : "comments.thread.resolve")}
            </button> : null}
          </div>
          {resolveFailure ? (
            <p className="thread__error" role="alert">
              {resolveFailure}
            </p>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirm !== null}
        title={t("comments.comment.deleteConfirm.title")}
        confirmLabel={t("comments.comment.delete")}
        busyLabel={t("comments.comment.delete")}
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          const failure = confirm ? await controller.remove(thread.id, confirm) : null;
          if (failure === null) announce(t("comments.announce.deleted"));
          return failure;
        }}
      >
        {visible.length <= 1 ? t("comments.comment.deleteConfirm.threadText") : t("comments.comment.deleteConfirm.text")}
      </ConfirmDialog>
    </article>
  );
}
