/**
 * HTTP paths of the public API, shared by the server's routes and the client's fetch layer.
 * Comment and suggested-edit commands: `COMMENT_ROUTES` in `api/comments.ts`.
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
  review: (id: string) => `/api/reviews/${encodeURIComponent(id)}`,
  reviewMembers: (id: string) => `/api/reviews/${encodeURIComponent(id)}/members`,
  reviewMember: (id: string, userId: string) => `/api/reviews/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
  reviewInvitations: (id: string) => `/api/reviews/${encodeURIComponent(id)}/invitations`,
  reviewInvitation: (id: string, invitationId: string) =>
    `/api/reviews/${encodeURIComponent(id)}/invitations/${encodeURIComponent(invitationId)}`,
  reportStatus: (id: string) => `/api/reviews/${encodeURIComponent(id)}/report/status`,
  reportStatusHistory: (id: string) => `/api/reviews/${encodeURIComponent(id)}/report/status-history`,
  invitation: (code: string) => `/api/invitations/${encodeURIComponent(code)}`,
  acceptInvitation: (code: string) => `/api/invitations/${encodeURIComponent(code)}/accept`,
} as const;

/** Policy papers and the cross-review score card (network level: every account reads them). */
export const PAPER_ROUTES = {
  list: "/api/papers",
  one: (id: string) => `/api/papers/${encodeURIComponent(id)}`,
  /** `POST { userId }`: adds an author (the paper's creator or an administrator). */
  authors: (id: string) => `/api/papers/${encodeURIComponent(id)}/authors`,
  /** `DELETE`: removes an author (never the creator). */
  author: (id: string, userId: string) => `/api/papers/${encodeURIComponent(id)}/authors/${encodeURIComponent(userId)}`,
  /** `GET ?benchmark=<id>`: reviews × factors of that benchmark (default IMPART). */
  scorecard: (benchmarkId?: string) => `/api/scorecard${benchmarkId ? `?benchmark=${encodeURIComponent(benchmarkId)}` : ""}`,
  /** `GET`: one factor's cards and report passages across the reviews (network moderators and administrators). */
  pooledEvidence: (factorId: string, benchmarkId?: string) =>
    `/api/scorecard/evidence?factor=${encodeURIComponent(factorId)}${benchmarkId ? `&benchmark=${encodeURIComponent(benchmarkId)}` : ""}`,
} as const;

/** The findings report's version history (see `api/versions.ts`). */
export const REPORT_VERSION_ROUTES = {
  /** `GET` the list; `POST { label }` names the current version. */
  list: (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/report/versions`,
  one: (reviewId: string, versionId: string) =>
    `/api/reviews/${encodeURIComponent(reviewId)}/report/versions/${encodeURIComponent(versionId)}`,
  /** `GET`: the live report as it is now (to compare a version with). */
  current: (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/report/current`,
  /** `POST`: makes the live report's content equal to the version's, as a new change. */
  restore: (reviewId: string, versionId: string) =>
    `/api/reviews/${encodeURIComponent(reviewId)}/report/versions/${encodeURIComponent(versionId)}/restore`,
} as const;

/** A policy paper's history, status and exports: the same shapes as the report's. */
export const PAPER_VERSION_ROUTES = {
  list: (paperId: string) => `/api/papers/${encodeURIComponent(paperId)}/versions`,
  one: (paperId: string, versionId: string) => `/api/papers/${encodeURIComponent(paperId)}/versions/${encodeURIComponent(versionId)}`,
  current: (paperId: string) => `/api/papers/${encodeURIComponent(paperId)}/current`,
  restore: (paperId: string, versionId: string) =>
    `/api/papers/${encodeURIComponent(paperId)}/versions/${encodeURIComponent(versionId)}/restore`,
  /** `PUT { status }` (see `changePaperStatusRequestSchema`). */
  status: (paperId: string) => `/api/papers/${encodeURIComponent(paperId)}/status`,
  /** `GET ?format=md|html|docx[&lang=]`. */
  export: (paperId: string) => `/api/papers/${encodeURIComponent(paperId)}/export`,
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
  one: (id: string) => `/api/benchmarks/${encodeURIComponent(id)}`,
  /** `POST`: import a benchmark (body: the benchmark JSON). Same path as `list`. */
  import: "/api/benchmarks",
  /** `GET`: `{ canManage }` for the signed-in user (not a slug, so never a benchmark id). */
  access: "/api/benchmarks/_access",
  /** `GET`: summaries of every version of a benchmark, newest first. */
  versions: (id: string) => `/api/benchmarks/${encodeURIComponent(id)}/versions`,
  /** `GET ?version=`: the benchmark JSON as a download. */
  export: (id: string, version?: string) =>
    `/api/benchmarks/${encodeURIComponent(id)}/export${version ? `?version=${encodeURIComponent(version)}` : ""}`,
  /** `POST { version, baseVersion?, module }`: a new version with one more module. */
  modules: (id: string) => `/api/benchmarks/${encodeURIComponent(id)}/modules`,
} as const;

/** Recommendations addressed to actors and followed up (see `api/recommendations.ts`). */
export const RECOMMENDATION_ROUTES = {
  list: (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/recommendations`,
  addressees: (reviewId: string, recommendationId: string) =>
    `/api/reviews/${encodeURIComponent(reviewId)}/recommendations/${encodeURIComponent(recommendationId)}/addressees`,
  followUp: (reviewId: string, recommendationId: string) =>
    `/api/reviews/${encodeURIComponent(reviewId)}/recommendations/${encodeURIComponent(recommendationId)}/follow-up`,
  network: "/api/network/recommendations",
} as const;

/** A policy paper's recommendations: the same commands as a report's, under the paper. */
export const PAPER_RECOMMENDATION_ROUTES = {
  list: (paperId: string) => `/api/papers/${encodeURIComponent(paperId)}/recommendations`,
  addressees: (paperId: string, recommendationId: string) =>
    `/api/papers/${encodeURIComponent(paperId)}/recommendations/${encodeURIComponent(recommendationId)}/addressees`,
  followUp: (paperId: string, recommendationId: string) =>
    `/api/papers/${encodeURIComponent(paperId)}/recommendations/${encodeURIComponent(recommendationId)}/follow-up`,
} as const;

/** A review's rounds: which earlier review it follows, and the chain's ratings (see `api/rounds.ts`). */
export const REVIEW_ROUND_ROUTES = {
  rounds: (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/rounds`,
} as const;
