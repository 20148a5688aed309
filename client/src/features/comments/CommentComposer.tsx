import { useEffect, useId, useRef, useState } from "react";
import { COMMENT_LIMITS } from "@review/shared/comments";
import { useT } from "../../i18n/I18nProvider.tsx";
import { MentionTextarea } from "./MentionTextarea.tsx";
import { mentionsInBody, type CommentMember } from "./mentions.ts";

type CommentComposerProps = {
  members: readonly CommentMember[];
  kind: "thread" | "reply" | "edit";
  initialBody?: string;
  initialMentions?: readonly string[];
  autoFocus?: boolean;
  /** Sends the comment; resolves with null when it was taken, else the sentence why not (the text stays). */
  onSubmit: (body: string, mentions: string[]) => Promise<string | null>;
  onCancel?: () => void;
  /** Told every change, so a draft survives the composer being unmounted (e.g. the layout switching). */
  onDraftChange?: (body: string, mentions: string[]) => void;
};

const SUBMIT_KEY = { thread: "comments.composer.submit", reply: "comments.composer.reply", edit: "comments.composer.save" } as const;

/** Writes a comment (a new thread, a reply, or an edit) with @mentions. */
export function CommentComposer({ members, kind, initialBody = "", initialMentions = [], autoFocus = false, onSubmit, onCancel, onDraftChange }: CommentComposerProps) {
  const t = useT();
  const hintId = useId();
  const [body, setBody] = useState(initialBody);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(initialMentions));
  const [expanded, setExpanded] = useState(kind !== "reply");
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const tooLong = body.length > COMMENT_LIMITS.bodyMax;
  const canSend = body.trim() !== "" && !tooLong && !sending;

  useEffect(() => {
    if (!autoFocus) return;
    // After the margin has placed the card: then bring it into view if it is not.
    const frame = requestAnimationFrame(() => {
      field.current?.focus({ preventScroll: true });
      field.current?.scrollIntoView({ block: "nearest" });
    });
    return () => cancelAnimationFrame(frame);
  }, [autoFocus]);

  const submit = async () => {
    if (!canSend) return;
    setSending(true);
    setFailure(null);
    const sent = body;
    const problem = await onSubmit(sent.trim(), mentionsInBody(sent, picked, members));
    setSending(false);
    if (problem !== null) {
      setFailure(problem);
      return;
    }
    // Whatever was typed while it was being sent stays.
    setBody((current) => (current === sent ? "" : current));
    setPicked(new Set());
    if (kind === "reply") setExpanded(false);
  };
  const cancel = () => {
    setFailure(null);
    setBody(initialBody);
    if (kind === "reply") {
      setExpanded(false);
      field.current?.blur();
    }
    onCancel?.();
  };

  return (
    <form
      className={`comment-composer comment-composer--${kind}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      aria-busy={sending || undefined}
      onFocus={() => setExpanded(true)}
    >
      <MentionTextarea
        ref={field}
        value={body}
        onChange={(value) => {
          setBody(value);
          onDraftChange?.(value, [...picked]);
        }}
        onMention={(member) => {
          const next = new Set(picked).add(member.userId);
          setPicked(next);
          onDraftChange?.(body, [...next]);
        }}
        members={members}
        label={kind === "reply" ? t("comments.composer.reply") : t("comments.composer.label")}
        placeholder={kind === "reply" ? t("comments.composer.replyPlaceholder") : t("comments.composer.placeholder")}
        onSubmit={() => void submit()}
        onCancel={cancel}
        describedBy={hintId}
        invalid={tooLong}
      />
      {tooLong ? (
        <p className="comment-composer__error" id={hintId} role="alert">
          {t("comments.composer.tooLong", { max: COMMENT_LIMITS.bodyMax, count: body.length })}
        </p>
      ) : (
        <p className="visually-hidden" id={hintId}>
          {t("comments.composer.submitHint")}
        </p>
      )}
      {failure ? (
        <p className="comment-composer__error" role="alert">
          {failure}
        </p>
      ) : null}
      {expanded ? (
        <div className="comment-composer__actions">
          <button type="button" className="button button--ghost button--small" onClick={cancel}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary button--small" disabled={!canSend}>
            {sending ? t("comments.composer.sending") : t(SUBMIT_KEY[kind])}
          </button>
        </div>
      ) : null}
    </form>
  );
}
