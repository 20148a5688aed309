import type { Review } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { MailIcon } from "../../ui/icons.tsx";
import "./workflow.css";

/** Whether the signed-in user is a host asked for comments on the draft right now. */
export function awaitsHostComments(review: Review): boolean {
  return review.role === "host" && review.reportStatus === "host_review";
}

/**
 * The in-app notification for hosts while the report is in host review (there is no mail):
 * on the review list card (`compact`), the overview and the report. Renders nothing otherwise.
 */
export function HostReviewNotice({ review, compact = false, showLink = true }: { review: Review; compact?: boolean; showLink?: boolean }) {
  const t = useT();
  if (!awaitsHostComments(review)) return null;
  return (
    <div className={`host-notice${compact ? " host-notice--compact" : ""}`} role="note" aria-label={t("workflow.hostReview.title")}>
      <span className="host-notice__icon">
        <MailIcon size={compact ? 16 : 20} />
      </span>
      <div className="host-notice__body">
        <p className="host-notice__title">{t("workflow.hostReview.title")}</p>
        {compact ? null : <p className="host-notice__text">{t("workflow.hostReview.text")}</p>}
      </div>
      {showLink ? (
        <Link to={paths.reviewReport(review.id)} className={`host-notice__link${compact ? "" : " button button--primary button--small"}`}>
          {t("workflow.hostReview.open")}
        </Link>
      ) : null}
    </div>
  );
}
