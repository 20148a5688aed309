import type { Member, ReviewDetail } from "@review/shared";
import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../../api/http.ts";
import { getReview } from "../../api/reviews.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { ArrowLeftIcon, CalendarIcon, UsersIcon } from "../../ui/icons.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { FindingsReport } from "../report/FindingsReport.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import "./reviews.css";

type PageState = { status: "loading" } | { status: "notFound" } | { status: "failed"; error: unknown } | { status: "loaded"; review: ReviewDetail };

/** Replaces a member with the same user (the server upserts roles) or appends one. */
function withMember(review: ReviewDetail, member: Member): ReviewDetail {
  const others = review.members.filter((existing) => existing.userId !== member.userId);
  return { ...review, members: [...others, member] };
}

/** One review: its findings report and its team. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const { t, formatDate } = useI18n();
  const [state, setState] = useState<PageState>({ status: "loading" });
  useDocumentTitle(state.status === "loaded" ? state.review.title : state.status === "notFound" ? t("review.notFound.title") : null);

  const load = useCallback(() => {
    let cancelled = false;
    setState({ status: "loading" });
    getReview(reviewId).then(
      (review) => !cancelled && setState({ status: "loaded", review }),
      (error: unknown) => {
        if (cancelled) return;
        // Invalid ids and reviews the user may not see are both a 404 by design.
        const missing = error instanceof ApiError && (error.status === 404 || error.code === "invalid_input");
        setState(missing ? { status: "notFound" } : { status: "failed", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [reviewId]);

  useEffect(() => load(), [load]);

  const onMemberAdded = useCallback((member: Member) => {
    setState((current) => (current.status === "loaded" ? { status: "loaded", review: withMember(current.review, member) } : current));
  }, []);

  const backLink = (
    <Link to={paths.reviews()} className="back-link">
      <ArrowLeftIcon size={16} />
      {t("review.back")}
    </Link>
  );

  if (state.status === "loading") {
    return (
      <div className="page page--centered">
        <Spinner label={t("review.loading")} size={28} />
      </div>
    );
  }

  if (state.status === "notFound") {
    return (
      <div className="page">
        {backLink}
        <div className="empty-state">
          <h1 className="empty-state__title">{t("review.notFound.title")}</h1>
          <p className="empty-state__text">{t("review.notFound.text")}</p>
        </div>
      </div>
    );
  }

  if (state.status === "failed") {
    return (
      <div className="page">
        {backLink}
        <Alert
          tone="error"
          title={t("review.failed")}
          action={
            <button type="button" className="button button--secondary" onClick={load}>
              {t("common.retry")}
            </button>
          }
        >
          {describeError(t, state.error)}
        </Alert>
      </div>
    );
  }

  const { review } = state;
  return (
    <div className="page page--wide">
      <nav className="breadcrumb" aria-label={t("review.breadcrumb")}>
        <ol>
          <li>
            <Link to={paths.reviews()}>{t("reviews.list.title")}</Link>
          </li>
          <li aria-current="page">{review.title}</li>
        </ol>
      </nav>
      <header className="review-header">
        <div className="review-header__text">
          <h1 className="review-header__title">{review.title}</h1>
          <p className="review-header__host">{t("review.hostProject", { project: review.hostProject })}</p>
        </div>
        <ul className="review-header__facts" aria-label={t("review.facts")}>
          <li>
            <RoleBadge role={review.role} prefix={t("reviews.card.yourRole")} />
          </li>
          <li>
            <CalendarIcon size={14} />
            <time dateTime={review.createdAt}>{t("reviews.card.created", { date: formatDate(review.createdAt) })}</time>
          </li>
          <li>
            <UsersIcon size={14} />
            {t("members.count", { count: review.members.length })}
          </li>
        </ul>
      </header>
      <div className="review-layout">
        <div className="review-layout__main">
          <FindingsReport review={review} />
        </div>
        <aside className="review-layout__side" aria-label={t("review.sidebar")}>
          <MembersPanel review={review} onMemberAdded={onMemberAdded} />
        </aside>
      </div>
    </div>
  );
}
