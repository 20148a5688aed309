import type { Editor } from "@tiptap/core";
import { mayWriteEveryPaper, type Factor, type RatingTally, type ScorecardReview, scorecardEntryKey } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { PooledEvidence } from "./PooledEvidence.tsx";
import type { PassageSummary } from "../../editor/passages.ts";
import { RATING_LETTER, RATING_WORD } from "./ScoreCell.tsx";

type ScorecardEntryProps = {
  factor: Factor;
  benchmarkId: string;
  tally: RatingTally;
  /** The reviews the factor applies to, with their column numbers. */
  reviews: { review: ScorecardReview; index: number }[];
  passages: PassageSummary[string];
  editor: Editor | null;
  canWrite: boolean;
  showSelf: boolean;
  announce: (message: string) => void;
};

/** A factor opened in the score card: its rating in each review, and the paper passages linked to it. */
export function ScorecardEntry({ factor, benchmarkId, tally, reviews, passages, editor, canWrite, showSelf, announce }: ScorecardEntryProps) {
  const t = useT();
  const me = useCurrentUser();
  const names = { number: factor.number, name: factor.name };
  const list = passages ?? [];

  const goTo = (from: number, to: number) => {
    editor?.chain().focus().setTextSelection({ from, to }).scrollIntoView().run();
  };
  const unlink = (from: number, to: number) => {
    if (editor?.chain().setTextSelection({ from, to }).unlinkFactors([factor.id]).run()) announce(t("scorecard.entry.unlinked", names));
  };

  return (
    <div className="scorecard-entry">
      <p className="scorecard-entry__tally">{t("scorecard.tally.detail", tally)}</p>
      <h5 className="scorecard-entry__heading">{t("scorecard.entry.reviews")}</h5>
      <ul className="scorecard-entry__reviews">
        {reviews.map(({ review, index }) => {
          const team = review.ratings[factor.id] ?? "none";
          const self = review.selfRatings[factor.id] ?? "none";
          return (
            <li key={scorecardEntryKey(review)} className="scorecard-entry__review">
              <span className={`score-chip score-chip--${team}`} aria-hidden="true">
                {t(RATING_LETTER[team])}
              </span>
              <span className="scorecard-entry__review-text">
                {review.isMember ? <Link to={paths.reviewBoard(review.id, factor.id)}>{`${index}. ${review.title}`}</Link> : <span>{`${index}. ${review.title}`}</span>}
                <span className="scorecard-entry__rating">
                  {t(RATING_WORD[team])}
                  {showSelf ? ` · ${t("scorecard.cell.self", { rating: t(RATING_WORD[self]) })}` : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <h5 className="scorecard-entry__heading">{t("scorecard.entry.passages")}</h5>
      {list.length === 0 ? (
        <p className="scorecard-entry__empty">{t("scorecard.entry.noPassages")}</p>
      ) : (
        <ul className="bench-passages" data-testid="scorecard-passages">
          {list.map((passage) => (
            <li key={`${passage.from}-${passage.to}`} className="bench-passage">
              <button type="button" className="bench-passage__go" aria-label={t("scorecard.entry.go", { excerpt: passage.excerpt })} onClick={() => goTo(passage.from, passage.to)}>
                {passage.excerpt}
              </button>
              {canWrite ? (
                <button type="button" className="bench-passage__unlink" aria-label={t("scorecard.entry.unlinkLabel", names)} onClick={() => unlink(passage.from, passage.to)}>
                  {t("scorecard.entry.unlink")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {mayWriteEveryPaper(me.networkRole) ? <PooledEvidence factor={factor} benchmarkId={benchmarkId} editor={editor} canWrite={canWrite} announce={announce} /> : null}
    </div>
  );
}
