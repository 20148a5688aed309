import type { Editor } from "@tiptap/core";
import { pooledCitation, type Factor, type PooledEvidenceResponse } from "@review/shared";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { getPooledEvidence } from "../../api/papers.ts";
import { describeError } from "../../app/errorText.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { SOURCE_LABEL } from "../../ui/evidenceLabels.ts";
import { RATING_LETTER, RATING_WORD } from "./ScoreCell.tsx";

type State = { kind: "closed" } | { kind: "loading" } | { kind: "loaded"; data: PooledEvidenceResponse } | { kind: "failed"; message: string };

type PooledEvidenceProps = {
  factor: Factor;
  benchmarkId: string;
  editor: Editor | null;
  canWrite: boolean;
  announce: (message: string) => void;
};

/**
 * For network moderators writing a cross-cutting section: the factor's evidence cards and
 * linked report passages from every review, loaded when opened; a writer quotes one into the
 * paper at the cursor, with the review it comes from.
 */
export function PooledEvidence({ factor, benchmarkId, editor, canWrite, announce }: PooledEvidenceProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: queryKeys.papers.pooledEvidence(benchmarkId, factor.id),
    queryFn: () => getPooledEvidence(factor.id, benchmarkId),
    enabled: open,
  });
  const state: State = !open
    ? { kind: "closed" }
    : query.data !== undefined
      ? { kind: "loaded", data: query.data }
      : query.isError
        ? { kind: "failed", message: describeError(t, query.error) }
        : { kind: "loading" };

  const toggle = () => setOpen((current) => !current);

  const quote = (text: string, reviewTitle: string) => {
    // After the selection, never over it: quoting must not replace what the writer selected.
    const inserted = editor
      ?.chain()
      .focus()
      .setTextSelection(editor.state.selection.to)
      .insertContent({ type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: pooledCitation(text, reviewTitle) }] }] })
      .run();
    if (inserted) announce(t("scorecard.pooled.quoted", { review: reviewTitle }));
  };
  const quoteButton = (text: string, reviewTitle: string) =>
    canWrite && editor ? (
      <button type="button" className="bench-passage__unlink" onMouseDown={(event) => event.preventDefault()} onClick={() => quote(text, reviewTitle)} aria-label={t("scorecard.pooled.quoteLabel", { review: reviewTitle })}>
        {t("scorecard.pooled.quote")}
      </button>
    ) : null;

  return (
    <div className="pooled">
      <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={`${id}-list`} onClick={toggle}>
        {open ? t("scorecard.pooled.hide") : t("scorecard.pooled.show")}
      </button>
      <div id={`${id}-list`} hidden={!open}>
        {state.kind === "loading" ? <p className="scorecard-entry__empty" role="status">{t("scorecard.pooled.loading")}</p> : null}
        {state.kind === "failed" ? (
          <p className="pooled__error" role="alert">
            {state.message}
          </p>
        ) : null}
        {state.kind === "loaded" && state.data.reviews.length === 0 ? <p className="scorecard-entry__empty">{t("scorecard.pooled.empty")}</p> : null}
        {state.kind === "loaded"
          ? state.data.reviews.map((one) => (
              <section key={one.review.id} className="pooled__review" aria-label={one.review.title}>
                {one.projects.length > 1 ? (
                  <h6 className="pooled__title">{one.review.title}</h6>
                ) : (
                  <h6 className="pooled__title">
                    <span className={`score-chip score-chip--${one.rating ?? "none"}`} aria-hidden="true">
                      {t(RATING_LETTER[one.rating ?? "none"])}
                    </span>{" "}
                    {one.review.title}
                    <span className="visually-hidden">, {t(RATING_WORD[one.rating ?? "none"])}</span>
                  </h6>
                )}
                {one.projects.length > 1 ? (
                  <ul className="pooled__projects" aria-label={t("scorecard.pooled.projects")}>
                    {one.projects.map((project) => (
                      <li key={project.name}>
                        <span className={`score-chip score-chip--${project.rating ?? "none"}`} aria-hidden="true">
                          {t(RATING_LETTER[project.rating ?? "none"])}
                        </span>{" "}
                        {project.name}
                        <span className="visually-hidden">, {t(RATING_WORD[project.rating ?? "none"])}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ul className="bench-passages">
                  {one.passages.map((passage, index) => (
                    <li key={`p${index}`} className="bench-passage pooled__item">
                      <span className="pooled__kind">{t("scorecard.pooled.passage")}</span>
                      <span className="pooled__text">{passage.text}</span>
                      {quoteButton(passage.text, one.review.title)}
                    </li>
                  ))}
                  {one.cards.map((card) => (
                    <li key={card.id} className="bench-passage pooled__item">
                      <span className="pooled__kind">
                        {t(SOURCE_LABEL[card.source])}
                        {card.sourceLabel ? ` · ${card.sourceLabel}` : ""}
                        {card.visitDay ? ` · ${t("scorecard.pooled.day", { day: card.visitDay })}` : ""}
                      </span>
                      <span className="pooled__text">{card.text}</span>
                      {quoteButton(card.text, one.review.title)}
                    </li>
                  ))}
                </ul>
              </section>
            ))
          : null}
      </div>
    </div>
  );
}
