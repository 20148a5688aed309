import { Suspense, lazy, useEffect } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { AccountPage } from "../features/account/AccountPage.tsx";
import { ResetPasswordPage } from "../features/account/ResetPasswordPage.tsx";
import { SearchPage } from "../features/search/SearchPage.tsx";
import { InboxPage } from "../features/notifications/InboxPage.tsx";
import { RegisterPage } from "../features/auth/RegisterPage.tsx";
import { SessionI18nProvider } from "../features/auth/SessionI18nProvider.tsx";
import { SessionProvider, useSession } from "./SessionProvider.tsx";
import { QueryProvider } from "./QueryProvider.tsx";
import { SignInPage } from "../features/auth/SignInPage.tsx";
import { BenchmarkPage } from "../features/benchmarks/BenchmarkPage.tsx";
import { BenchmarksPage } from "../features/benchmarks/BenchmarksPage.tsx";
import { InvitationPage } from "../features/invitations/InvitationPage.tsx";
import { NetworkMembersPage } from "../features/network/NetworkMembersPage.tsx";
import { ReviewListPage } from "../features/reviews/ReviewListPage.tsx";
import { PaperListPage } from "../features/papers/PaperListPage.tsx";
import { RecommendationsPage } from "../features/workflow/RecommendationsPage.tsx";
import { preloadReviewPage, reviewPageCode } from "../features/reviews/pageCode.ts";
import { useLeaveWarning } from "../collab/useLeaveWarning.ts";
import { LoadFailed } from "../ui/LoadFailed.tsx";
import { OfflineBanner } from "../ui/OfflineBanner.tsx";
import { AnnouncerProvider } from "../ui/announcer/index.ts";
import { Spinner } from "../ui/Spinner.tsx";
import { navigate, useLocation } from "./navigation.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { resolveRoute, safeNextPath } from "./router.ts";
import { ROUTES, paths, reviewTabOf } from "./routes.ts";
import { Shell } from "./Shell.tsx";
import "./theme.css";
import "../ui/layout.css";

// The editor stack (Tiptap, ProseMirror, Yjs) loads only when a review is opened.
const PaperPage = lazy(() => import("../features/papers/PaperPage.tsx").then((module) => ({ default: module.PaperPage })));
const PaperHistoryPage = lazy(() => import("../features/papers/PaperHistoryPage.tsx").then((module) => ({ default: module.PaperHistoryPage })));
const ReviewPage = lazy(() => reviewPageCode().then((module) => ({ default: module.ReviewPage })));

// A review address opened directly: its code loads while the session is checked.
if (typeof window !== "undefined") {
  const opened = resolveRoute(ROUTES, window.location.pathname);
  preloadReviewPage(opened ? reviewTabOf(opened.name) : null);
}

export function App() {
  return (
    // The session first: the language follows the signed-in user.
    <SessionProvider>
      <QueryProvider>
        <SessionI18nProvider>
          {/* Inside the i18n layer: summaries are translated when they are said. */}
          <AnnouncerProvider>
            <Pages />
          </AnnouncerProvider>
        </SessionI18nProvider>
      </QueryProvider>
    </SessionProvider>
  );
}

/** Picks the page for the URL and keeps signed-out users on the sign-in pages (and signed-in users off them). */
function Pages() {
  const t = useT();
  const { pathname, search } = useLocation();
  const { session, retry } = useSession();
  const route = resolveRoute(ROUTES, pathname);
  // The sign-in pages are for signed-out people only; an invitation is for everyone.
  const isAuthPage = route?.name === "signIn" || route?.name === "register";
  const isPublic = isAuthPage || route?.name === "invitation" || route?.name === "resetPassword";
  const next = safeNextPath(search.get("next"));
  const here = pathname + (search.size > 0 ? `?${search.toString()}` : "");
  const reviewTab = route ? reviewTabOf(route.name) : null;
  useLeaveWarning();

  // Signed in on a registration link that came with an invitation: the invitation page accepts it.
  const invitationParam = route?.name === "register" ? search.get("invitation") : null;
  const afterSignIn = invitationParam && next === "/" ? paths.invitation(invitationParam) : next;
  const redirect =
    session.status === "signedOut" && !isPublic ? paths.signIn(here) : session.status === "signedIn" && isAuthPage ? afterSignIn : null;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (session.status === "failed") {
    return (
      <div className="page page--centered">
        <LoadFailed title={t("app.unavailable")} error={session.error} onRetry={retry} />
      </div>
    );
  }

  if (session.status === "loading" || redirect) {
    return <PageSpinner label={t("app.loading")} full />;
  }

  // A reset link works whoever is signed in on this browser (the link names the account).
  if (route?.name === "resetPassword") return <ResetPasswordPage token={route.params.token ?? ""} />;

  if (session.status === "signedOut") {
    if (route?.name === "invitation") return <InvitationPage code={route.params.code ?? ""} />;
    return route?.name === "register" ? <RegisterPage next={next} invitation={invitationCode(search.get("invitation"), next)} /> : <SignInPage next={next} />;
  }

  return (
    <Shell>
      <OfflineBanner />
      {route?.name === "reviews" ? <ReviewListPage /> : null}
      {route && reviewTab ? (
        <Suspense fallback={<PageSpinner label={t("review.loading")} />}>
          <ReviewPage
            key={route.params.reviewId}
            reviewId={route.params.reviewId ?? ""}
            tab={reviewTab}
            factorId={route.params.factorId ?? null}
          />
        </Suspense>
      ) : null}
      {route?.name === "papers" ? <PaperListPage /> : null}
      {route?.name === "paper" ? (
        <Suspense fallback={<PageSpinner label={t("papers.page.loading")} />}>
          <PaperPage key={route.params.paperId} paperId={route.params.paperId ?? ""} />
        </Suspense>
      ) : null}
      {route?.name === "paperHistory" ? (
        <Suspense fallback={<PageSpinner label={t("papers.page.loading")} />}>
          <PaperHistoryPage key={route.params.paperId} paperId={route.params.paperId ?? ""} />
        </Suspense>
      ) : null}
      {route?.name === "benchmarks" ? <BenchmarksPage /> : null}
      {route?.name === "benchmark" ? (
        <BenchmarkPage key={`${route.params.benchmarkId}@${search.get("version") ?? ""}`} benchmarkId={route.params.benchmarkId ?? ""} version={search.get("version")} />
      ) : null}
      {route?.name === "network" ? <NetworkMembersPage /> : null}
      {route?.name === "account" ? <AccountPage /> : null}
      {route?.name === "search" ? <SearchPage /> : null}
      {route?.name === "recommendations" ? <RecommendationsPage /> : null}
      {route?.name === "inbox" ? <InboxPage /> : null}
      {route?.name === "invitation" ? <InvitationPage code={route.params.code ?? ""} /> : null}
      {route === null ? <NotFoundPage /> : null}
    </Shell>
  );
}

/**
 * The invitation a registration comes with: `?invitation=`, or the code of an
 * invitation page the person was on before ("Sign in" → "Create an account").
 */
function invitationCode(param: string | null, next: string): string | null {
  if (param) return param;
  const target = resolveRoute(ROUTES, new URL(next, window.location.origin).pathname);
  return target?.name === "invitation" ? (target.params.code ?? null) : null;
}

function PageSpinner({ label, full = false }: { label: string; full?: boolean }) {
  return (
    <div className={`page page--centered${full ? " page--full" : ""}`}>
      <Spinner label={label} size={28} />
    </div>
  );
}
