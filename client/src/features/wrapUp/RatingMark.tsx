import type { Rating } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import "../../ui/ratingBadge.css";

/** A rating as colour plus letter (never colour alone), with its full name for assistive technology. */
export function RatingMark({ rating }: { rating: Rating | null }) {
  const t = useT();
  const key = rating ?? "none";
  return (
    <span className={`rating-badge rating-badge--${key} wrap-up__mark`} data-rating={key}>
      <span aria-hidden="true">{t(`scorecard.letter.${key}`)}</span>
      <span className="visually-hidden">{t(`wrapUp.rating.${key}`)}</span>
    </span>
  );
}
