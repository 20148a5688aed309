import { reviewDocumentPrefix, type ReviewDetail } from "@review/shared";
import { useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { Suspense, lazy, useCallback, useEffect } from "react";
import { ApiError } from "../../api/http.ts";
import { getReview } from "../../api/reviews.ts";
import { Link, useLocation } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { resolveRoute } from "../../app/router.ts";
import { ROUTES, paths, type ReviewTab } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { onPermissionsChanged } from "../../collab/permissionsChanged.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ArrowLeftIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { OverviewTab } from "../overview/index.ts";
import { TeamTab } from "../team/index.ts";
import { ReviewHeader } from "./ReviewHeader.tsx";
import { REVIEW_TAB_LABEL, ReviewTabs } from "./ReviewTabs.tsx";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import { reviewTabCode } from "./pageCode.ts";
import "./reviews.css";

// The board and the report carry the collaboration and editor stacks; the overview and team do not need them.
const BoardPage = lazy(() => reviewTabCode.board().then((module) => ({ default: module.BoardPage })));
const PreparationTab = lazy(() => reviewTabCode.preparation().then((module) => ({ default: module.PreparationTab })));
const ProgrammeTab = lazy(() => reviewTabCode.programme().then((module) => ({ default: module.ProgrammeTab })));
const ReportTab = lazy(() => reviewTabCode.report().then((module) => ({ default: module.ReportTab })));

type PageState = { status: "loading" } | { status: "notFound" } | { status: "failed"; error: unknown } | { status: "loaded"; review: ReviewDetail };

/** Invalid ids and reviews the user may not see are both a 404 by design. */
function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === "invalid_input");
}

/** A quiet refresh that fails keeps the review shown, unless the user was removed from it meanwhile. */
function pageState(query: UseQueryResult<ReviewDetail>): PageState {
  if (query.isError && isMissing(query.error)) return { status: "notFound" };
  if (query.data !== undefined) return { status: "loaded", review: query.data };
  if (query.isError) return { status: "failed", error: query.error };
  return { status: "loading" };
}

/** Role changes close several documents at once; one refetch answers them all. */
const REFRESH_DEBOUNCE_MS = 250;

/** One review: a header, its tabs, and the tab the URL names. */
export function ReviewPage({ reviewId, tab, factorId }: { reviewId: string; tab: ReviewTab; factorId: string | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.reviews.one(reviewId), queryFn: () => getReview(reviewId) });
  const state = pageState(query);
  const { pathname } = useLocation();
  // The report's version history is a view of the report tab, but a page of its own to the reader.
  const page = resolveRoute(ROUTES, pathname)?.name === "reviewReportHistory" ? t("history.title") : t(REVIEW_TAB_LABEL[tab]);
  useDocumentTitle(
    state.status === "loaded"
      ? t("reviewNav.documentTitle", { tab: page, review: state.review.title })
      : state.status === "notFound"
        ? t("review.notFound.title")
        : null,
  );

  const load = useCallback(() => void queryClient.resetQueries({ queryKey: queryKeys.reviews.one(reviewId), exact: true }), [queryClient, reviewId]);
  /** Fetches the review again without a spinner: the page stays as it is until the answer arrives. */
  const refresh = useCallback(
    () => void queryClient.refetchQueries({ queryKey: queryKeys.reviews.one(reviewId), exact: true }),
    [queryClient, reviewId],
  );

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

  const updateReview = useCallback<ReviewUpdater>(
    (update) => {
      queryClient.setQueryData<ReviewDetail>(queryKeys.reviews.one(reviewId), (current) => (current === undefined ? current : update(current)));
      // Title, dates, theme or members may show on My reviews: fetched again when it opens.
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list() });
    },
    [queryClient, reviewId],
  );

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
        <LoadFailed title={t("review.failed")} error={state.error} onRetry={load} />
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
