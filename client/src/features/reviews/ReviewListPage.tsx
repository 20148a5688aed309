import { mayCreateReviews, type Review } from "@review/shared";
import { useState } from "react";
import { listReviews } from "../../api/reviews.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { FileTextIcon, PlusIcon } from "../../ui/icons.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { NewReviewDialog } from "./NewReviewDialog.tsx";
import { ReviewCard } from "./ReviewCard.tsx";
import "./reviews.css";

/** The latest visit first; reviews without visit dates (still being set up) before them, newest created first. */
const newestFirst = (a: Review, b: Review) => (b.visitStart ?? "\uffff").localeCompare(a.visitStart ?? "\uffff") || b.createdAt.localeCompare(a.createdAt);

/** "My reviews": every review the user is a member of, newest first. */
export function ReviewListPage() {
  const t = useT();
  useDocumentTitle(t("reviews.list.title"));
  const { state, reload } = useLoad(queryKeys.reviews.list(), async () => [...(await listReviews())].sort(newestFirst));
  const reviews = state.status === "loaded" ? state.data : null;
  const [creating, setCreating] = useState(false);
  // Members are not offered what the server would refuse; they are told who creates reviews.
  const canCreate = mayCreateReviews(useCurrentUser().networkRole);

  const newReviewButton = canCreate ? (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <PlusIcon size={16} />
      {t("reviews.list.new")}
    </button>
  ) : null;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("reviews.list.title")}</h1>
          <p className="page-header__lede">{t("reviews.list.lede")}</p>
        </div>
        {reviews && reviews.length === 0 ? null : newReviewButton}
      </header>
      {canCreate ? null : (
        <p className="page-note" data-testid="reviews-member-note">
          {t("reviews.list.memberNote")}
        </p>
      )}

      {state.status === "loading" ? (
        <div className="review-grid" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t("reviews.list.loading")}
          </span>
          {[0, 1, 2].map((key) => (
            <div key={key} className="review-card review-card--skeleton" aria-hidden="true">
              <div className="skeleton skeleton--icon" />
              <div className="skeleton skeleton--title" />
              <div className="skeleton skeleton--line skeleton--short" />
            </div>
          ))}
        </div>
      ) : null}

      {state.status === "failed" ? <LoadFailed title={t("reviews.list.failed")} error={state.error} onRetry={reload} /> : null}

      {reviews && reviews.length === 0 ? (
        <div className="empty-state">
          <div className="empty-state__art" aria-hidden="true">
            <FileTextIcon size={32} />
          </div>
          <h2 className="empty-state__title">{t("reviews.empty.title")}</h2>
          <p className="empty-state__text">{t(canCreate ? "reviews.empty.text" : "reviews.empty.member")}</p>
          {newReviewButton}
        </div>
      ) : null}

      {reviews && reviews.length > 0 ? (
        <ul className="review-grid" aria-label={t("reviews.list.count", { count: reviews.length })}>
          {reviews.map((review) => (
            <li key={review.id}>
              <ReviewCard review={review} />
            </li>
          ))}
        </ul>
      ) : null}

      {canCreate ? <NewReviewDialog open={creating} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
