import { invitationPagePath } from "@review/shared";
import { buildPath, compileRoute, resolveRoute } from "./router.ts";

/** Every page of the app; the server answers any of these paths with index.html. */
export const ROUTES = [
  compileRoute("reviews", "/"),
  compileRoute("review", "/reviews/:reviewId"),
  compileRoute("reviewBoard", "/reviews/:reviewId/board"),
  compileRoute("reviewBoardFactor", "/reviews/:reviewId/board/:factorId"),
  compileRoute("reviewReport", "/reviews/:reviewId/report"),
  compileRoute("reviewReportHistory", "/reviews/:reviewId/report/history"),
  compileRoute("reviewTeam", "/reviews/:reviewId/team"),
  compileRoute("reviewPreparation", "/reviews/:reviewId/preparation"),
  compileRoute("reviewProgramme", "/reviews/:reviewId/programme"),
  compileRoute("papers", "/papers"),
  compileRoute("paper", "/papers/:paperId"),
  compileRoute("paperHistory", "/papers/:paperId/history"),
  compileRoute("benchmarks", "/benchmarks"),
  compileRoute("benchmark", "/benchmarks/:benchmarkId"),
  compileRoute("network", "/network"),
  compileRoute("account", "/account"),
  compileRoute("search", "/search"),
  compileRoute("recommendations", "/recommendations"),
  compileRoute("inbox", "/inbox"),
  compileRoute("resetPassword", "/reset-password/:token"),
  compileRoute("invitation", invitationPagePath(":code")),
  compileRoute("signIn", "/sign-in"),
  compileRoute("register", "/register"),
] as const;

export type RouteName = (typeof ROUTES)[number]["name"];

/** The tabs of a review page, in the order they are shown. */
export const REVIEW_TABS = ["overview", "preparation", "programme", "board", "report", "team"] as const;
export type ReviewTab = (typeof REVIEW_TABS)[number];

/** Which tab of a review a route shows, or null for routes outside a review. */
export function reviewTabOf(name: RouteName): ReviewTab | null {
  switch (name) {
    case "review":
      return "overview";
    case "reviewBoard":
    case "reviewBoardFactor":
      return "board";
    case "reviewReport":
    case "reviewReportHistory":
      return "report";
    case "reviewTeam":
      return "team";
    case "reviewPreparation":
      return "preparation";
    case "reviewProgramme":
      return "programme";
    default:
      return null;
  }
}

/** The DOM id of a session on the Programme tab (coverage and evidence cards link to it). */
export const programmeSessionAnchor = (sessionId: string): string => `session-${sessionId}`;

/** `?next=` and `?invitation=` as a query string ("" when neither is worth sending). */
function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && !(key === "next" && value === "/")) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** `?version=&compare=` of a history page ("" when neither is chosen). */
function selectionQuery(select: { version?: string; compare?: string }): string {
  const search = new URLSearchParams();
  if (select.version) search.set("version", select.version);
  if (select.compare) search.set("compare", select.compare);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const paths = {
  reviews: () => "/",
  review: (reviewId: string) => buildPath("/reviews/:reviewId", { reviewId }),
  reviewBoard: (reviewId: string, factorId?: string | null) =>
    factorId ? buildPath("/reviews/:reviewId/board/:factorId", { reviewId, factorId }) : buildPath("/reviews/:reviewId/board", { reviewId }),
  reviewReport: (reviewId: string) => buildPath("/reviews/:reviewId/report", { reviewId }),
  /** The report's version history; `version` selects one, `compare` another version's id or "current". */
  reviewReportHistory: (reviewId: string, select: { version?: string; compare?: string } = {}) =>
    buildPath("/reviews/:reviewId/report/history", { reviewId }) + selectionQuery(select),
  reviewTeam: (reviewId: string) => buildPath("/reviews/:reviewId/team", { reviewId }),
  reviewPreparation: (reviewId: string) => buildPath("/reviews/:reviewId/preparation", { reviewId }),
  /** The visit programme; with `sessionId`, scrolled to that session. */
  reviewProgramme: (reviewId: string, sessionId?: string) =>
    buildPath("/reviews/:reviewId/programme", { reviewId }) + (sessionId ? `#${programmeSessionAnchor(sessionId)}` : ""),
  /** The path of `tab` of a review. */
  reviewTab: (reviewId: string, tab: ReviewTab): string => {
    switch (tab) {
      case "overview":
        return paths.review(reviewId);
      case "board":
        return paths.reviewBoard(reviewId);
      case "report":
        return paths.reviewReport(reviewId);
      case "team":
        return paths.reviewTeam(reviewId);
      case "preparation":
        return paths.reviewPreparation(reviewId);
      case "programme":
        return paths.reviewProgramme(reviewId);
    }
  },
  papers: () => "/papers",
  paper: (paperId: string) => buildPath("/papers/:paperId", { paperId }),
  /** A paper's version history, as the report's (`version`, `compare`). */
  paperHistory: (paperId: string, select: { version?: string; compare?: string } = {}) =>
    buildPath("/papers/:paperId/history", { paperId }) + selectionQuery(select),
  benchmarks: () => "/benchmarks",
  /** One benchmark: the newest version, or `version`. */
  benchmark: (benchmarkId: string, version?: string) =>
    buildPath("/benchmarks/:benchmarkId", { benchmarkId }) + (version ? `?${new URLSearchParams({ version }).toString()}` : ""),
  /** The administrator's page of the network's accounts and their roles. */
  network: () => "/network",
  invitation: (code: string) => invitationPagePath(encodeURIComponent(code)),
  account: () => "/account",
  search: () => "/search",
  /** The network's recommendations; `filter` is kept in the query string. */
  recommendations: (filter: { actor?: string; status?: string; source?: string; review?: string } = {}) => {
    const text = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
    return text ? `/recommendations?${text}` : "/recommendations";
  },
  /** The signed-in user's notifications. */
  inbox: () => "/inbox",
  signIn: (next?: string) => `/sign-in${query({ next })}`,
  register: (next?: string, invitation?: string) => `/register${query({ invitation, next })}`,
};

/**
 * The review a path belongs to (any of its tabs), or null. Moving between the
 * tabs of one review is not a new page: focus stays on the tab that was chosen.
 */
export function reviewIdOf(pathname: string): string | null {
  const route = resolveRoute(ROUTES, pathname);
  return route && reviewTabOf(route.name) ? (route.params.reviewId ?? null) : null;
}
