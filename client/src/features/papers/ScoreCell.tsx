import { ratingChange, type Rating, type ScorecardReview } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";

export const RATING_WORD: Record<Rating | "none", MessageKey> = {
  wholly: "scorecard.rating.wholly",
  partly: "scorecard.rating.partly",
  not: "scorecard.rating.not",
  none: "scorecard.rating.none",
};

export const RATING_LETTER: Record<Rating | "none", MessageKey> = {
  wholly: "scorecard.letter.wholly",
  partly: "scorecard.letter.partly",
  not: "scorecard.letter.not",
  none: "scorecard.letter.none",
};

type ScoreCellProps = {
  review: ScorecardReview;
  /** 1-based column number, as in the legend. */
  index: number;
  factorId: string;
  applies: boolean;
  showSelf: boolean;
  /** The earlier round this review follows, when it is on the card: the change since is marked. */
  previous?: ScorecardReview;
};

/**
 * One review's rating of one factor: colour and letter (never colour alone), the host's
 * self-assessment as a small second letter on demand; members open the review's board there.
 */
export function ScoreCell({ review, index, factorId, applies, showSelf, previous }: ScoreCellProps) {
  const t = useT();
  const name = t("scorecard.review.column", { index, title: review.title });
  if (!applies) {
    return (
      <td className="score-cell score-cell--na">
        <span aria-label={t("scorecard.cell.notApplicable", { review: name })} title={t("scorecard.cell.notApplicable", { review: name })}>
          ·
        </span>
      </td>
    );
  }
  const team = review.ratings[factorId] ?? "none";
  const self = review.selfRatings[factorId] ?? "none";
  const change = previous ? ratingChange(previous.ratings[factorId], review.ratings[factorId]) : null;
  const label = [
    t("scorecard.cell.team", { review: name, rating: t(RATING_WORD[team]) }),
    showSelf ? t("scorecard.cell.self", { rating: t(RATING_WORD[self]) }) : null,
    change ? t(`scorecard.cell.change.${change}`) : null,
  ]
    .filter(Boolean)
    .join(", ");
  const content = (
    <>
      <span className={`score-chip score-chip--${team}`} aria-hidden="true">
        {t(RATING_LETTER[team])}
      </span>
      {change && change !== "same" ? <span className={`score-change score-change--${change}`} aria-hidden="true" /> : null}
      {showSelf ? (
        <span className={`score-self score-self--${self}`} aria-hidden="true">
          {t(RATING_LETTER[self]).toLowerCase()}
        </span>
      ) : null}
    </>
  );
  return (
    <td className="score-cell" data-rating={team}>
      {review.isMember ? (
        <Link to={paths.reviewBoard(review.id, factorId)} className="score-cell__link" aria-label={`${label}. ${t("scorecard.cell.open", { review: name })}`} title={label}>
          {content}
        </Link>
      ) : (
        <span className="score-cell__static" aria-label={label} title={label} role="img">
          {content}
        </span>
      )}
    </td>
  );
}
