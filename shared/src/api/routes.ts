import { route } from "./route.ts";

/**
 * HTTP paths of the public API, shared by the server's routes and the client's fetch layer.
 * Comment and suggested-edit commands: `COMMENT_ROUTES` in `api/comments.ts`. A route without
 * parameters is its path; one with parameters is a `route()`: its path builder with the Hono
 * `pattern` the server registers. `routeTables.ts` lists every table.
 */
export const API_ROUTES = {
  health: "/api/health",
  register: "/api/auth/register",
  login: "/api/auth/login",
  logout: "/api/auth/logout",
  me: "/api/auth/me",
  /** `PUT { locale }`: the signed-in user's language. */
  myLocale: "/api/me/locale",
  reviews: "/api/reviews",
  review: route("/api/reviews/:id"),
  reviewMembers: route("/api/reviews/:id/members"),
  reviewMember: route("/api/reviews/:id/members/:userId"),
  reviewInvitations: route("/api/reviews/:id/invitations"),
  reviewInvitation: route("/api/reviews/:id/invitations/:invitationId"),
  reportStatus: route("/api/reviews/:id/report/status"),
  reportStatusHistory: route("/api/reviews/:id/report/status-history"),
  invitation: route("/api/invitations/:code"),
  acceptInvitation: route("/api/invitations/:code/accept"),
} as const;

/** Policy papers and the cross-review score card (network level: every account reads them). */
export const PAPER_ROUTES = {
  list: "/api/papers",
  one: route("/api/papers/:id"),
  /** `POST { userId }`: adds an author (the paper's creator or an administrator). */
  authors: route("/api/papers/:id/authors"),
  /** `DELETE`: removes an author (never the creator). */
  author: route("/api/papers/:id/authors/:userId"),
  /** `GET ?benchmark=<id>`: reviews × factors of that benchmark (default IMPART). */
  scorecard: route("/api/scorecard", (benchmarkId?: string) => `/api/scorecard${benchmarkId ? `?benchmark=${encodeURIComponent(benchmarkId)}` : ""}`),
  /** `GET`: one factor's cards and report passages across the reviews (network moderators and administrators). */
  pooledEvidence: route(
    "/api/scorecard/evidence",
    (factorId: string, benchmarkId?: string) =>
      `/api/scorecard/evidence?factor=${encodeURIComponent(factorId)}${benchmarkId ? `&benchmark=${encodeURIComponent(benchmarkId)}` : ""}`,
  ),
} as const;

/** The findings report's version history (see `api/versions.ts`). */
export const REPORT_VERSION_ROUTES = {
  /** `GET` the list; `POST { label }` names the current version. */
  list: route("/api/reviews/:id/report/versions"),
  one: route("/api/reviews/:id/report/versions/:versionId"),
  /** `GET`: the live report as it is now (to compare a version with). */
  current: route("/api/reviews/:id/report/current"),
  /** `POST`: makes the live report's content equal to the version's, as a new change. */
  restore: route("/api/reviews/:id/report/versions/:versionId/restore"),
} as const;

/** A policy paper's history, status and exports: the same shapes as the report's. */
export const PAPER_VERSION_ROUTES = {
  list: route("/api/papers/:id/versions"),
  one: route("/api/papers/:id/versions/:versionId"),
  current: route("/api/papers/:id/current"),
  restore: route("/api/papers/:id/versions/:versionId/restore"),
  /** `PUT { status }` (see `changePaperStatusRequestSchema`). */
  status: route("/api/papers/:id/status"),
  /** `GET ?format=md|html|docx[&lang=]`. */
  export: route("/api/papers/:id/export"),
} as const;

/** The signed-in user's inbox (see `api/notifications.ts`). */
export const NOTIFICATION_ROUTES = {
  /** `GET ?before=<id>`: a page, newest first, with the unread count. */
  list: "/api/notifications",
  /** `POST { ids } | { all: true }`: marks the caller's own as read. */
  read: "/api/notifications/read",
  /** `GET`, `PUT { email }`: whether notifications also go out by e-mail. */
  settings: "/api/notifications/settings",
} as const;

/** Path prefix of the collaboration WebSocket; the document name follows it. */
export const COLLAB_PATH = "/collab";

export const BENCHMARK_ROUTES = {
  list: "/api/benchmarks",
  one: route("/api/benchmarks/:id"),
  /** `POST`: import a benchmark (body: the benchmark JSON). Same path as `list`. */
  import: "/api/benchmarks",
  /** `GET`: `{ canManage }` for the signed-in user (not a slug, so never a benchmark id). */
  access: "/api/benchmarks/_access",
  /** `GET`: summaries of every version of a benchmark, newest first. */
  versions: route("/api/benchmarks/:id/versions"),
  /** `GET ?version=`: the benchmark JSON as a download. */
  export: route(
    "/api/benchmarks/:id/export",
    (id: string, version?: string) => `/api/benchmarks/${encodeURIComponent(id)}/export${version ? `?version=${encodeURIComponent(version)}` : ""}`,
  ),
  /** `POST { version, baseVersion?, module }`: a new version with one more module. */
  modules: route("/api/benchmarks/:id/modules"),
} as const;

/** Recommendations addressed to actors and followed up (see `api/recommendations.ts`). */
export const RECOMMENDATION_ROUTES = {
  list: route("/api/reviews/:id/recommendations"),
  addressees: route("/api/reviews/:id/recommendations/:recommendationId/addressees"),
  followUp: route("/api/reviews/:id/recommendations/:recommendationId/follow-up"),
  network: "/api/network/recommendations",
} as const;

/** A policy paper's recommendations: the same commands as a report's, under the paper. */
export const PAPER_RECOMMENDATION_ROUTES = {
  list: route("/api/papers/:id/recommendations"),
  addressees: route("/api/papers/:id/recommendations/:recommendationId/addressees"),
  followUp: route("/api/papers/:id/recommendations/:recommendationId/follow-up"),
} as const;

/** A review's rounds: which earlier review it follows, and the chain's ratings (see `api/rounds.ts`). */
export const REVIEW_ROUND_ROUTES = {
  rounds: route("/api/reviews/:id/rounds"),
} as const;
