import type { Review } from "@review/shared";
import { useCallback, useEffect, useState } from "react";
import { listReviews } from "../../api/reviews.ts";
import { describeError } from "../../app/errorText.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { FileTextIcon, PlusIcon } from "../../ui/icons.tsx";
import { NewReviewDialog } from "./NewReviewDialog.tsx";
import { ReviewCard } from "./ReviewCard.tsx";
import "./reviews.css";

type ListState = { status: "loading" } | { status: "failed"; error: unknown } | { status: "loaded"; reviews: Review[] };

const newestFirst = (a: Review, b: Review) => b.createdAt.localeCompare(a.createdAt);

/** "My reviews": every review the user is a member of, newest first. */
export function ReviewListPage() {
  const t = useT();
  useDocumentTitle(t("reviews.list.title"));
  const [state, setState] = useState<ListState>({ status: "loading" });
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    let cancelled = false;
    setState({ status: "loading" });
    listReviews().then(
      (reviews) => !cancelled && setState({ status: "loaded", reviews: [...reviews].sort(newestFirst) }),
      (error: unknown) => !cancelled && setState({ status: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => load(), [load]);

  const newReviewButton = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <PlusIcon size={16} />
      {t("reviews.list.new")}
    </button>
  );

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("reviews.list.title")}</h1>
          <p className="page-header__lede">{t("reviews.list.lede")}</p>
        </div>
        {state.status === "loaded" && state.reviews.length === 0 ? null : newReviewButton}
      </header>

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

      {state.status === "failed" ? (
        <Alert
          tone="error"
          title={t("reviews.list.failed")}
          action={
            <button type="button" className="button button--secondary" onClick={load}>
              {t("common.retry")}
            </button>
          }
        >
          {describeError(t, state.error)}
        </Alert>
      ) : null}

      {state.status === "loaded" && state.reviews.length === 0 ? (
        <div className="empty-state">
          <div className="empty-state__art" aria-hidden="true">
            <FileTextIcon size={32} />
          </div>
          <h2 className="empty-state__title">{t("reviews.empty.title")}</h2>
          <p className="empty-state__text">{t("reviews.empty.text")}</p>
          {newReviewButton}
        </div>
      ) : null}

      {state.status === "loaded" && state.reviews.length > 0 ? (
        <ul className="review-grid" aria-label={t("reviews.list.count", { count: state.reviews.length })}>
          {state.reviews.map((review) => (
            <li key={review.id}>
              <ReviewCard review={review} />
            </li>
          ))}
        </ul>
      ) : null}

      <NewReviewDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
