import { tallyRatings, type Rating, type ScorecardResponse, type ScorecardReview } from "@review/shared";
import { notFound } from "../../errors/apiError.ts";
import type { BenchmarkStore, PaperStore, ProjectStore, RatingStore, RoundStore } from "../../store/store.ts";

/** Review id → (factor id → rating), for the factors that have one. */
type RatingsByReview = Map<string, Record<string, Rating>>;

function byKey<T extends { factorId: string; rating: Rating }>(rows: readonly T[], key: (row: T) => string): RatingsByReview {
  const result: RatingsByReview = new Map();
  for (const row of rows) {
    const ratings = result.get(key(row)) ?? {};
    ratings[row.factorId] = row.rating;
    result.set(key(row), ratings);
  }
  return result;
}

/**
 * The network's score card for one benchmark: every review on it (whoever asks; it is the
 * network-level synthesis moderators write papers from) with its team rating and host
 * self-assessment per factor, each read in one query over the rows (team ratings from their
 * command, self ratings as the server stores them from the self-assessment documents), and
 * the team ratings tallied per factor. Factors are those of the benchmark's newest version.
 * A review covering several host projects has one entry per project ("review — project"),
 * each with that project's team ratings; the self-assessment is the first project's.
 */
export async function buildScorecard(
  deps: { store: BenchmarkStore & PaperStore & ProjectStore & RatingStore & RoundStore },
  userId: string,
  benchmarkId: string,
): Promise<ScorecardResponse> {
  const benchmark = await deps.store.findBenchmark(benchmarkId);
  if (!benchmark) throw notFound("benchmark_not_found");
  const [reviews, memberOf, teamRows, selfRows, links, projectRows] = await Promise.all([
    deps.store.listNetworkReviews(benchmark.id),
    deps.store.listMemberReviewIds(userId),
    deps.store.listNetworkProjectTeamRatings(benchmark.id),
    deps.store.listNetworkSelfRatings(benchmark.id),
    deps.store.listRoundLinks(benchmark.id),
    deps.store.listNetworkProjects(benchmark.id),
  ]);
  const team = byKey(teamRows, (row) => `${row.reviewId}/${row.projectId}`);
  const self = byKey(selfRows, (row) => row.reviewId);
  const projectsOf = new Map<string, typeof projectRows>();
  for (const project of projectRows) projectsOf.set(project.reviewId, [...(projectsOf.get(project.reviewId) ?? []), project]);
  const rows: ScorecardReview[] = reviews.flatMap((review) => {
    const projects = projectsOf.get(review.id) ?? [{ reviewId: review.id, id: review.id, name: review.hostProject, position: 0 }];
    return projects.map((project) => ({
      id: review.id,
      title: projects.length > 1 ? `${review.title} — ${project.name}` : review.title,
      hostProject: project.name,
      country: review.country,
      themeModuleId: review.themeModuleId,
      modules: review.modules,
      benchmarkVersion: review.benchmarkVersion,
      isMember: memberOf.has(review.id),
      followsReviewId: links.get(review.id) ?? null,
      ratings: team.get(`${review.id}/${project.id}`) ?? {},
      selfRatings: project.position === 0 ? (self.get(review.id) ?? {}) : {},
      project: { id: project.id, name: project.name, position: project.position },
    }));
  });
  return {
    benchmark: { id: benchmark.id, name: benchmark.name, version: benchmark.version },
    reviews: rows,
    counts: tallyRatings(benchmark, rows),
  };
}
