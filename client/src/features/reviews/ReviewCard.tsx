import type { Review } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { formatIsoDateRange } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { CalendarIcon, FileTextIcon } from "../../ui/icons.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { HostReviewNotice, ReportStatusBadge } from "../workflow/index.ts";
import { themeModuleName } from "../../app/reviewModules.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";

/** One review in "My reviews"; the whole card is clickable through its title link. */
export function ReviewCard({ review }: { review: Review }) {
  const { t, locale, formatDate } = useI18n();
  // Benchmark versions are cached by the client: the cards of one version share one request.
  const { state: benchmark } = useBenchmark(review.themeModuleId && review.benchmark ? review.benchmark.id : null, review.benchmark?.version);
  const theme = themeModuleName(benchmark, review.themeModuleId);
  return (
    <article className="review-card">
      <div className="review-card__icon" aria-hidden="true">
        <FileTextIcon size={20} />
      </div>
      <h2 className="review-card__title">
        <Link to={paths.review(review.id)} className="review-card__link">
          {review.title}
        </Link>
      </h2>
      <p className="review-card__host">
        <span className="visually-hidden">{t("reviews.card.hostProject")} </span>
        {review.hostProject}
      </p>
      {theme ? (
        <p className="review-card__theme">
          <span className="visually-hidden">{t("setup.theme.label")}: </span>
          {theme}
        </p>
      ) : null}
      <div className="review-card__status">
        <ReportStatusBadge status={review.reportStatus} />
      </div>
      <HostReviewNotice review={review} compact />
      <footer className="review-card__footer">
        <RoleBadge role={review.role} prefix={t("reviews.card.yourRole")} />
        <span className="review-card__date">
          <CalendarIcon size={14} />
          {review.visitStart && review.visitEnd ? (
            <span>
              <span className="visually-hidden">{t("setup.dates.label")}: </span>
              {formatIsoDateRange(locale, review.visitStart, review.visitEnd)}
            </span>
          ) : (
            <time dateTime={review.createdAt}>{t("reviews.card.created", { date: formatDate(review.createdAt) })}</time>
          )}
        </span>
      </footer>
    </article>
  );
}
