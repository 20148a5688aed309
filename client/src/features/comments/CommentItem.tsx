import { useState } from "react";
import type { Comment } from "@review/shared/comments";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { formatRelativeTime } from "../../i18n/dates.ts";
import { Avatar } from "../../ui/Avatar.tsx";
import { CommentComposer } from "./CommentComposer.tsx";
import { splitMentions, type CommentMember } from "./mentions.ts";

type CommentItemProps = {
  comment: Comment;
  members: readonly CommentMember[];
  memberById: ReadonlyMap<string, CommentMember>;
  meId: string;
  canEdit: boolean;
  isNew: boolean;
  /** Resolves with null once saved, else the sentence why not. */
  onEdit: (body: string, mentions: string[]) => Promise<string | null>;
  onDelete: () => void;
};

/** One comment: who, when, the text with its mentions, and the author's edit and delete. */
export function CommentItem({ comment, members, memberById, meId, canEdit, isNew, onEdit, onDelete }: CommentItemProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const author = memberById.get(comment.author);
  const name = comment.author === meId ? t("comments.you") : (author?.name ?? t("comments.unknownAuthor"));
  const own = comment.author === meId && canEdit;

  if (comment.deleted) {
    return (
      <li className="comment comment--deleted">
        <p className="comment__deleted">{t("comments.comment.deleted")}</p>
      </li>
    );
  }

  return (
    <li className={`comment${isNew ? " comment--new" : ""}`} data-comment-id={comment.id}>
      <div className="comment__head">
        <Avatar name={author?.name ?? "?"} color={author?.color ?? "#667085"} size="sm" />
        <span className="comment__author">{name}</span>
        <time className="comment__time" dateTime={comment.createdAt} title={new Date(comment.createdAt).toLocaleString(locale)}>
          {formatRelativeTime(locale, comment.createdAt, new Date())}
        </time>
        {comment.editedAt ? <span className="comment__edited">({t("comments.comment.edited")})</span> : null}
        {isNew ? <span className="comment__new">{t("comments.thread.new")}</span> : null}
      </div>
      {editing ? (
        <CommentComposer
          kind="edit"
          members={members}
          initialBody={comment.body}
          initialMentions={comment.mentions}
          autoFocus
          onSubmit={async (body, mentions) => {
            const failure = await onEdit(body, mentions);
            if (failure === null) setEditing(false);
            return failure;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment__body">
          {splitMentions(comment.body, comment.mentions, members).map((segment, index) =>
            segment.mention ? (
              <mark key={index} className={`mention${segment.mention.userId === meId ? " mention--me" : ""}`}>
                {segment.text}
                {segment.mention.userId === meId ? <span className="visually-hidden"> ({t("comments.mention.you")})</span> : null}
              </mark>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
        </p>
      )}
      {own && !editing ? (
        <div className="comment__actions">
          <button type="button" className="comment__action" aria-label={t("comments.comment.editLabel")} onClick={() => setEditing(true)}>
            {t("comments.comment.edit")}
          </button>
          <button type="button" className="comment__action" aria-label={t("comments.comment.deleteLabel")} onClick={onDelete}>
            {t("comments.comment.delete")}
          </button>
        </div>
      ) : null}
    </li>
  );
}
