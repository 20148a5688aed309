import type { ReviewDetail } from "@review/shared";
import { formatIsoDateRange } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { CalendarIcon, MapPinIcon } from "../../ui/icons.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { ReportStatusBadge } from "../workflow/index.ts";
import { visitDays } from "../../app/visitDates.ts";

/** The review's name and the facts everyone needs on every tab: where, when, and as whom. */
export function ReviewHeader({ review }: { review: ReviewDetail }) {
  const { t, locale } = useI18n();
  const days = visitDays(review.visitStart, review.visitEnd);

  return (
    <header className="review-header">
      <div className="review-header__text">
        <h1 className="review-header__title">{review.title}</h1>
        <p className="review-header__host">{t("review.hostProject", { project: review.hostProject })}</p>
      </div>
      <ul className="review-header__facts" aria-label={t("review.facts")}>
        {review.country.trim() ? (
          <li>
            <MapPinIcon size={14} />
            <span className="visually-hidden">{t("setup.country.label")}: </span>
            {review.country}
          </li>
        ) : null}
        <li>
          <CalendarIcon size={14} />
          {days !== null && review.visitStart && review.visitEnd ? (
            <span>
              <span className="visually-hidden">{t("setup.dates.label")}: </span>
              {formatIsoDateRange(locale, review.visitStart, review.visitEnd)}
              <span className="review-header__days"> · {t("setup.dates.days", { count: days })}</span>
            </span>
          ) : (
            <span>{t("reviewNav.noVisitDates")}</span>
          )}
        </li>
        <li>
          <RoleBadge role={review.role} prefix={t("reviews.card.yourRole")} />
        </li>
        <li>
          <ReportStatusBadge status={review.reportStatus} />
        </li>
      </ul>
    </header>
  );
}
