import type { Editor } from "@tiptap/core";
import type { Factor, ScorecardReview } from "@review/shared";
import { Fragment, type FocusEvent } from "react";
import { previousRoundEntry, reviewCoversModule, scorecardEntryKey } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import type { PassageSummary } from "../../editor/passages.ts";
import { ScoreCell } from "./ScoreCell.tsx";
import { ScorecardEntry } from "./ScorecardEntry.tsx";
import { applicableCount, dominantRating, type ScorecardView } from "./scorecardModel.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";

const DOMINANT_WORD: Record<"wholly" | "partly" | "not", MessageKey> = {
  wholly: "board.rating.wholly.short",
  partly: "board.rating.partly.short",
  not: "board.rating.not.short",
};

type ScorecardMatrixProps = {
  view: ScorecardView;
  benchmarkId: string;
  /** Column number of each entry (`scorecardEntryKey`: a review's host project), stable while filtering. */
  numbers: ReadonlyMap<string, number>;
  passages: PassageSummary;
  editor: Editor | null;
  canWrite: boolean;
  hasSelection: boolean;
  showSelf: boolean;
  openFactor: string | null;
  onToggle: (factorId: string) => void;
  highlight: (factorId: string | null) => void;
  announce: (message: string) => void;
};

/** Factors (rows, grouped by module) × reviews (columns), with per-factor tallies and entries. */
export function ScorecardMatrix(props: ScorecardMatrixProps) {
  const { view, numbers, passages, editor, canWrite, hasSelection, showSelf, openFactor } = props;
  const t = useT();
  const contentLang = useContentLang();
  const columns = view.reviews.map((review) => ({ review, index: numbers.get(scorecardEntryKey(review)) ?? 0 }));

  const tallyText = (factorId: string) => {
    const tally = view.counts[factorId];
    if (!tally) return "";
    const dominant = dominantRating(tally);
    if (!dominant) return t("scorecard.tally.none");
    if (dominant.tied) return t("scorecard.tally.split", { ...tally, total: applicableCount(tally) });
    return t("scorecard.tally.dominant", { rating: t(DOMINANT_WORD[dominant.rating]), count: dominant.count, total: applicableCount(tally) });
  };

  const link = (factor: Factor) => {
    if (editor?.commands.linkFactors([factor.id])) props.announce(t("scorecard.entry.linked", { number: factor.number, name: factor.name }));
  };

  const onBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) props.highlight(null);
  };

  return (
    // Wide: it scrolls inside its own labelled, focusable region (arrow keys scroll it), never the page.
    <div className="scorecard-matrix__scroll" role="region" aria-label={t("scorecard.title")} tabIndex={0}>
      <table className="scorecard-matrix">
        <caption className="visually-hidden">{t("scorecard.title")}</caption>
        <thead>
          <tr>
            <th scope="col" className="scorecard-matrix__factor-head">
              {t("scorecard.factor")}
            </th>
            {columns.map(({ review, index }) => (
              <th key={scorecardEntryKey(review)} scope="col" className="scorecard-matrix__review-head" title={review.title}>
                <span aria-hidden="true">{index}</span>
                <span className="visually-hidden">{t("scorecard.review.column", { index, title: review.title })}</span>
              </th>
            ))}
          </tr>
        </thead>
        {view.modules.map((module) => (
          <tbody key={module.id}>
            <tr className="scorecard-matrix__module">
              <th scope="colgroup" colSpan={columns.length + 1}>
                {module.kind === "core" ? t("scorecard.module.core") : t("scorecard.module.theme", { name: module.name })}
              </th>
            </tr>
            {module.factors.map((factor) => {
              const open = openFactor === factor.id;
              const count = passages[factor.id]?.length ?? 0;
              const names = { number: factor.number, name: factor.name };
              const entryId = `scorecard-entry-${factor.id}`;
              return (
                <Fragment key={factor.id}>
                  <tr
                    className={`scorecard-row${open ? " scorecard-row--open" : ""}`}
                    data-factor-id={factor.id}
                    onMouseEnter={() => props.highlight(factor.id)}
                    onMouseLeave={() => props.highlight(null)}
                    onFocus={() => props.highlight(factor.id)}
                    onBlur={onBlur}
                  >
                    <th scope="row" className="scorecard-row__factor">
                      <button type="button" className="scorecard-row__name" aria-expanded={open} aria-controls={entryId} aria-label={t("scorecard.factor.show", names)} onClick={() => props.onToggle(factor.id)}>
                        <span className="scorecard-row__number">{factor.number}</span> <span lang={contentLang}>{factor.name}</span>
                      </button>
                      <span className="scorecard-row__tally" data-testid="factor-tally">
                        {tallyText(factor.id)}
                      </span>
                      {count > 0 ? <span className="scorecard-row__passages">{t("scorecard.passages", { count })}</span> : null}
                      {canWrite && hasSelection ? (
                        <button
                          type="button"
                          className="bench-factor__action scorecard-row__link"
                          aria-label={t("scorecard.entry.linkLabel", names)}
                          onMouseDown={(event) => event.preventDefault()}
                          onClick={() => link(factor)}
                        >
                          {t("scorecard.entry.link")}
                        </button>
                      ) : null}
                    </th>
                    {columns.map(({ review, index }) => (
                      <ScoreCell
                        key={scorecardEntryKey(review)}
                        review={review}
                        index={index}
                        factorId={factor.id}
                        applies={reviewCoversModule(review, module)}
                        showSelf={showSelf}
                        previous={previousRoundEntry(review, view.reviews)}
                      />
                    ))}
                  </tr>
                  <tr className="scorecard-entry-row" id={entryId} hidden={!open}>
                    <td colSpan={columns.length + 1}>
                      {open ? (
                        <ScorecardEntry
                          factor={factor}
                          benchmarkId={props.benchmarkId}
                          tally={view.counts[factor.id] ?? { wholly: 0, partly: 0, not: 0, unrated: 0 }}
                          reviews={columns.filter(({ review }: { review: ScorecardReview }) => reviewCoversModule(review, module))}
                          passages={passages[factor.id] ?? []}
                          editor={editor}
                          canWrite={canWrite}
                          showSelf={showSelf}
                          announce={props.announce}
                        />
                      ) : null}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
