import type { Rating } from "@review/shared";
import { useT } from "../i18n/I18nProvider.tsx";
import { RATING_LABEL } from "./evidenceLabels.ts";
import "./ratingBadge.css";

/** The team rating as a coloured label; "Not rated" when there is none. */
export function RatingBadge({ rating, prefix = true }: { rating: Rating | null; prefix?: boolean }) {
  const t = useT();
  return (
    <span className={`rating-badge rating-badge--${rating ?? "none"}`}>
      {prefix ? <span className="visually-hidden">{t("board.rating.teamPrefix")} </span> : null}
      {rating ? t(RATING_LABEL[rating]) : t("board.rating.none")}
    </span>
  );
}
