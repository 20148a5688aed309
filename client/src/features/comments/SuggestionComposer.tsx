import { useEffect, useId, useRef, useState } from "react";
import { COMMENT_LIMITS, SUGGESTION_LIMITS } from "@review/shared/comments";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { SuggestionsController } from "./useSuggestions.ts";

type SuggestionComposerProps = { suggestions: SuggestionsController; announce: (message: string) => void; onClosed?: () => void };

/** The box where a suggested edit is written: the replacement of the selected passage (empty deletes it) and an optional note. */
export function SuggestionComposer({ suggestions, announce, onClosed }: SuggestionComposerProps) {
  const t = useT();
  const draft = suggestions.draft!;
  const titleId = useId();
  const problemId = useId();
  const [replacement, setReplacement] = useState(draft.quote);
  const [note, setNote] = useState("");
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const tooLong = replacement.length > SUGGESTION_LIMITS.replacementMax || note.length > COMMENT_LIMITS.bodyMax;
  const canSend = draft.problem === null && replacement !== draft.quote && !tooLong && !sending;

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      field.current?.focus({ preventScroll: true });
      field.current?.select();
      field.current?.scrollIntoView({ block: "nearest" });
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const cancel = () => {
    suggestions.cancel();
    onClosed?.();
  };
  const submit = async () => {
    if (!canSend) return;
    setSending(true);
    setFailure(null);
    const problem = await suggestions.submit(replacement, note);
    setSending(false);
    if (problem !== null) setFailure(problem);
    else announce(t("suggestions.announce.created"));
  };

  return (
    <form
      className="suggestion-composer"
      aria-labelledby={titleId}
      aria-busy={sending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          cancel();
        } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <h3 className="suggestion-composer__title" id={titleId}>
        {t("suggestions.composer.title")}
      </h3>
      <blockquote className="thread__quote" aria-label={t("suggestions.composer.original")}>
        {draft.quote}
      </blockquote>
      {draft.problem ? (
        <p className="comment-composer__error" id={problemId} role="alert">
          {t(draft.problem === "spans" ? "suggestions.problem.spans" : "suggestions.problem.tooLong", { max: SUGGESTION_LIMITS.quoteMax })}
        </p>
      ) : null}
      <label className="suggestion-composer__label">
        {t("suggestions.composer.replacement")}
        <textarea
          ref={field}
          className="suggestion-composer__field"
          value={replacement}
          rows={3}
          disabled={draft.problem !== null}
          aria-describedby={draft.problem ? problemId : undefined}
          onChange={(event) => setReplacement(event.target.value)}
        />
      </label>
      <p className="suggestion-composer__hint">{t("suggestions.composer.hint")}</p>
      <label className="suggestion-composer__label">
        {t("suggestions.composer.note")}
        <textarea className="suggestion-composer__field" value={note} rows={2} disabled={draft.problem !== null} onChange={(event) => setNote(event.target.value)} />
      </label>
      {tooLong ? (
        <p className="comment-composer__error" role="alert">
          {t("suggestions.composer.tooLong", { max: SUGGESTION_LIMITS.replacementMax })}
        </p>
      ) : null}
      {failure ? (
        <p className="comment-composer__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="comment-composer__actions">
        <button type="button" className="button button--ghost button--small" onClick={cancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary button--small" disabled={!canSend}>
          {sending ? t("comments.composer.sending") : t("suggestions.composer.submit")}
        </button>
      </div>
    </form>
  );
}
