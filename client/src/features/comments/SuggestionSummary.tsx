import { Fragment, useState, type ReactNode } from "react";
import { suggestionAction, type CommentThread, type SuggestionStatus } from "@review/shared/comments";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { formatRelativeTime } from "../../i18n/dates.ts";
import type { CommentsController } from "./useComments.ts";

const SENTENCE = { replace: "suggestions.card.replace", delete: "suggestions.card.delete", insert: "suggestions.card.insert" } as const;

/** Fills a translated sentence's {old} and {new} with elements (word order differs between languages). */
function richSentence(sentence: string, parts: { old: ReactNode; new: ReactNode }): ReactNode[] {
  // eslint-disable-next-line no-control-regex -- \u0001 marks the placeholders: it cannot occur in a translation
  return sentence.split(/(\u0001old\u0001|\u0001new\u0001)/).map((piece, index) => {
    if (piece === "\u0001old\u0001") return <Fragment key={index}>{parts.old}</Fragment>;
    if (piece === "\u0001new\u0001") return <Fragment key={index}>{parts.new}</Fragment>;
    return piece;
  });
}

type SuggestionSummaryProps = { controller: CommentsController; thread: CommentThread & { suggestion: NonNullable<CommentThread["suggestion"]> }; announce: (message: string) => void };

/** A suggested edit on its card: what it changes (deleted text struck through, inserted underlined), its decision, Accept / Reject. */
export function SuggestionSummary({ controller, thread, announce }: SuggestionSummaryProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { suggestion, decision } = thread;
  const action = suggestionAction(suggestion);
  const sentence = t(SENTENCE[action], { old: "\u0001old\u0001", new: "\u0001new\u0001" });
  const nameOf = (userId: string) => (userId === controller.user.id ? t("comments.you") : (controller.memberById.get(userId)?.name ?? t("comments.unknownAuthor")));
  const canDecide = controller.suggestions?.canDecide === true && !decision;
  const short = suggestion.quote.length > 40 ? `${suggestion.quote.slice(0, 39)}…` : suggestion.quote;

  const decide = async (status: SuggestionStatus) => {
    if (!controller.suggestions) return;
    setBusy(true);
    setFailure(null);
    const problem = await controller.suggestions.decide(thread.id, status);
    setBusy(false);
    if (problem !== null) setFailure(problem);
    else announce(t(status === "accepted" ? "suggestions.announce.accepted" : "suggestions.announce.rejected"));
  };

  return (
    <div className="suggestion">
      {thread.comments.every((comment) => comment.deleted) ? <p className="suggestion__by">{t("suggestions.by", { name: nameOf(thread.createdBy) })}</p> : null}
      <p className="suggestion__change" data-testid="suggestion-change">
        {richSentence(sentence, {
          old: <del className="suggestion__old">{suggestion.quote}</del>,
          new: <ins className="suggestion__new">{suggestion.replacement}</ins>,
        })}
      </p>
      {decision ? (
        <p className={`suggestion__status suggestion__status--${decision.status}`} data-testid="suggestion-status">
          {t(decision.status === "accepted" ? "suggestions.status.accepted" : "suggestions.status.rejected", {
            name: nameOf(decision.by),
            when: formatRelativeTime(locale, decision.at, new Date()),
          })}
        </p>
      ) : (
        <p className="suggestion__status">{t("suggestions.status.pending")}</p>
      )}
      {canDecide ? (
        <div className="suggestion__actions">
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy}
            aria-label={t("suggestions.accept.label", { quote: short })}
            onClick={(event) => {
              event.stopPropagation();
              void decide("accepted");
            }}
          >
            {t("suggestions.accept")}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={busy}
            aria-label={t("suggestions.reject.label", { quote: short })}
            onClick={(event) => {
              event.stopPropagation();
              void decide("rejected");
            }}
          >
            {t("suggestions.reject")}
          </button>
        </div>
      ) : null}
      {failure ? (
        <p className="thread__error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
