import { reviewDocumentPrefix, type ReviewDetail } from "@review/shared";
import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { ApiError } from "../../api/http.ts";
import { getReview } from "../../api/reviews.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths, type ReviewTab } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { onPermissionsChanged } from "../../collab/permissionsChanged.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { ArrowLeftIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { OverviewTab } from "../overview/OverviewTab.tsx";
import { TeamTab } from "../team/TeamTab.tsx";
import { ReviewHeader } from "./ReviewHeader.tsx";
import { REVIEW_TAB_LABEL, ReviewTabs } from "./ReviewTabs.tsx";
import type { ReviewUpdater } from "./reviewUpdater.ts";
import "./reviews.css";

// The board and the report carry the collaboration and editor stacks; the overview and team do not need them.
const BoardPage = lazy(() => import("../board/BoardPage.tsx").then((module) => ({ default: module.BoardPage })));
const PreparationTab = lazy(() => import("../preparation/PreparationTab.tsx").then((module) => ({ default: module.PreparationTab })));
const ProgrammeTab = lazy(() => import("../programme/ProgrammeTab.tsx").then((module) => ({ default: module.ProgrammeTab })));
const ReportTab = lazy(() => import("./ReportTab.tsx").then((module) => ({ default: module.ReportTab })));

type PageState = { status: "loading" } | { status: "notFound" } | { status: "failed"; error: unknown } | { status: "loaded"; review: ReviewDetail };

/** Role changes close several documents at once; one refetch answers them all. */
const REFRESH_DEBOUNCE_MS = 250;

/** One review: a header, its tabs, and the tab the URL names. */
export function ReviewPage({ reviewId, tab, factorId }: { reviewId: string; tab: ReviewTab; factorId: string | null }) {
  const { t } = useI18n();
  const [state, setState] = useState<PageState>({ status: "loading" });
  useDocumentTitle(
    state.status === "loaded"
      ? t("reviewNav.documentTitle", { tab: t(REVIEW_TAB_LABEL[tab]), review: state.review.title })
      : state.status === "notFound"
        ? t("review.notFound.title")
        : null,
  );

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

  /** Fetches the review again without a spinner: the page stays as it is until the answer arrives. */
  const refresh = useCallback(() => {
    getReview(reviewId).then(
      (review) => setState({ status: "loaded", review }),
      (error: unknown) => {
        // Removed from the review meanwhile; other failures keep what is shown.
        if (error instanceof ApiError && error.status === 404) setState({ status: "notFound" });
      },
    );
  }, [reviewId]);

  // A moderator changed our role: the server closed our sockets (4409). They reconnect on their own;
  // the review is fetched again so that the role, the tabs and the editors' access follow.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onPermissionsChanged((documentName) => {
      if (!documentName.startsWith(reviewDocumentPrefix(reviewId))) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [reviewId, refresh]);

  // Back to this browser tab after a while: the team or one's own role may have changed meanwhile
  // (the overview and team tabs hold no live connection that would say so).
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [refresh]);

  const updateReview = useCallback<ReviewUpdater>((update) => {
    setState((current) => (current.status === "loaded" ? { status: "loaded", review: update(current.review) } : current));
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
  const tabFallback = (
    <div className="review-tab__loading">
      <Spinner label={t("reviewNav.loadingTab")} size={24} />
    </div>
  );

  return (
    <div className="page page--wide review-page">
      <nav className="breadcrumb" aria-label={t("review.breadcrumb")}>
        <ol>
          <li>
            <Link to={paths.reviews()}>{t("reviews.list.title")}</Link>
          </li>
          <li aria-current="page">{review.title}</li>
        </ol>
      </nav>
      <ReviewHeader review={review} />
      <ReviewTabs review={review} current={tab} />
      <div className="review-tab">
        {tab === "overview" ? <OverviewTab review={review} onReviewChange={updateReview} /> : null}
        {tab === "board" ? (
          <Suspense fallback={tabFallback}>
            <BoardPage review={review} factorId={factorId ?? null} />
          </Suspense>
        ) : null}
        {tab === "report" ? (
          <Suspense fallback={tabFallback}>
            <ReportTab review={review} />
          </Suspense>
        ) : null}
        {tab === "preparation" ? (
          <Suspense fallback={tabFallback}>
            <PreparationTab review={review} />
          </Suspense>
        ) : null}
        {tab === "programme" ? (
          <Suspense fallback={tabFallback}>
            <ProgrammeTab review={review} />
          </Suspense>
        ) : null}
        {tab === "team" ? <TeamTab review={review} onReviewChange={updateReview} onRefresh={refresh} /> : null}
      </div>
    </div>
  );
}
