/**
 * Every key of the server data cache (TanStack Query), so that a view reading data and a
 * command changing it name the same entry. A key starts with its resource; keys that share
 * a prefix are invalidated together (`reviews.all` covers the list and every review).
 */
export const queryKeys = {
  config: () => ["config"] as const,
  reviews: {
    all: () => ["reviews"] as const,
    list: () => ["reviews", "list"] as const,
    one: (reviewId: string) => ["reviews", "one", reviewId] as const,
    rounds: (reviewId: string) => ["reviews", "rounds", reviewId] as const,
    invitations: (reviewId: string) => ["reviews", "invitations", reviewId] as const,
    /** The report's status changes as of the last one (`reportStatusChangedAt`). */
    statusHistory: (reviewId: string, changedAt: string | null) => ["reviews", "statusHistory", reviewId, changedAt] as const,
    participantNames: (reviewId: string) => ["reviews", "participantNames", reviewId] as const,
  },
  papers: {
    all: () => ["papers"] as const,
    list: () => ["papers", "list"] as const,
    one: (paperId: string) => ["papers", "one", paperId] as const,
    recommendations: (paperId: string, status: string) => ["papers", "recommendations", paperId, status] as const,
    /** A factor's evidence pooled from every review, for the score card. */
    pooledEvidence: (benchmarkId: string, factorId: string) => ["papers", "pooledEvidence", benchmarkId, factorId] as const,
  },
  /** A document's version history; `versionsKey` is `VersionApi.key`. */
  versions: {
    list: (versionsKey: string) => ["versions", versionsKey, "list"] as const,
    update: (versionsKey: string, target: string) => ["versions", versionsKey, "update", target] as const,
  },
  benchmarks: {
    all: () => ["benchmarks"] as const,
    list: () => ["benchmarks", "list"] as const,
    access: () => ["benchmarks", "access"] as const,
    /** A benchmark with its modules and factors; `version` null for the newest. */
    one: (benchmarkId: string | null, version: string | null) => ["benchmarks", "one", benchmarkId, version] as const,
    /** Every version page of one benchmark (they list its versions). */
    pages: (benchmarkId: string) => ["benchmarks", "page", benchmarkId] as const,
    page: (benchmarkId: string, version: string | null) => ["benchmarks", "page", benchmarkId, version] as const,
  },
  invitationPreview: (code: string) => ["invitationPreview", code] as const,
  search: (query: string) => ["search", query] as const,
  scorecard: () => ["scorecard"] as const,
  networkAccounts: (allowed: boolean) => ["networkAccounts", allowed] as const,
  networkRecommendations: () => ["networkRecommendations"] as const,
  /** The inbox's pages as of its change count (`changed` in the inbox document). */
  notifications: (changed: number) => ["notifications", changed] as const,
  notificationSettings: () => ["notificationSettings"] as const,
};
