import type { Rating, ReviewRoundsResponse, RoundReview } from "@review/shared";
import { ApiError, forbidden, notFound } from "../../errors/apiError.ts";
import { roundChain, wouldLoop } from "../../rounds/roundChain.ts";
import { roundProjects } from "../../rounds/roundProjects.ts";
import type { PaperStore, ProjectStore, RatingStore, ReviewRecord, ReviewStore, RoundStore } from "../../store/store.ts";

type RoundsStore = PaperStore & ProjectStore & RatingStore & ReviewStore & RoundStore;

type RatingRow = { reviewId: string; factorId: string; rating: Rating };

function ratingsOf(rows: readonly RatingRow[], reviewId: string): Record<string, Rating> {
  return Object.fromEntries(rows.filter((row) => row.reviewId === reviewId).map((row) => [row.factorId, row.rating]));
}

async function member(store: RoundsStore, userId: string, reviewId: string): Promise<{ review: ReviewRecord; moderator: boolean }> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  return { review, moderator: role === "moderator" };
}

/**
 * The rounds of the review's host project: the chain of reviews it belongs to (on its
 * benchmark), each with its (first project's) team and self ratings, first round first, and
 * each host project of the review with its ratings through those rounds; for its moderators
 * also the reviews it may follow. Ratings are the network's (the score card shows them to
 * every account), so members of one round read the others'.
 */
export async function listReviewRounds(store: RoundsStore, userId: string, reviewId: string): Promise<ReviewRoundsResponse> {
  const { review, moderator } = await member(store, userId, reviewId);
  if (!review.benchmarkId) return { followsReviewId: null, rounds: [], projects: [], canLink: false, candidates: [] };
  const benchmarkId = review.benchmarkId;
  const [links, network, memberOf, teamRows, selfRows, projectRows] = await Promise.all([
    store.listRoundLinks(benchmarkId),
    store.listNetworkReviews(benchmarkId),
    store.listMemberReviewIds(userId),
    store.listNetworkProjectTeamRatings(benchmarkId),
    store.listNetworkSelfRatings(benchmarkId),
    store.listNetworkProjects(benchmarkId),
  ]);
  const chain = roundChain(reviewId, links, network.map((one) => one.id));
  const records = await Promise.all(chain.map((id) => (id === reviewId ? review : store.findReview(id))));
  const rounds = records.flatMap((record, index): RoundReview[] =>
    record
      ? [
          {
            id: record.id,
            title: record.title,
            hostProject: record.hostProject,
            country: record.country,
            visitStart: record.visitStart,
            visitEnd: record.visitEnd,
            round: index + 1,
            isMember: memberOf.has(record.id),
            teamRatings: ratingsOf(
              teamRows.filter((row) => row.projectId === record.id),
              record.id,
            ),
            selfRatings: ratingsOf(selfRows, record.id),
          },
        ]
      : [],
  );
  const candidates = moderator
    ? network
        .filter((one) => !wouldLoop(reviewId, one.id, links))
        .map((one) => ({ id: one.id, title: one.title, hostProject: one.hostProject, country: one.country }))
    : [];
  const projects = roundProjects({ reviewId, chain: rounds, projects: projectRows, teamRatings: teamRows });
  return { followsReviewId: links.get(reviewId) ?? null, rounds, projects, canLink: moderator, candidates };
}

/** Makes the review a later round of `followsReviewId` (same benchmark, no loop), or of none; its moderators only. */
export async function setReviewFollows(store: RoundsStore, userId: string, reviewId: string, followsReviewId: string | null): Promise<ReviewRoundsResponse> {
  const { review, moderator } = await member(store, userId, reviewId);
  if (!moderator) throw forbidden("moderator_only");
  if (followsReviewId !== null) {
    const earlier = await store.findReview(followsReviewId);
    if (!earlier || !review.benchmarkId || earlier.benchmarkId !== review.benchmarkId) {
      throw new ApiError("invalid_input", "followsReviewId: not a review on this review's benchmark", "round_not_on_benchmark");
    }
    const links = await store.listRoundLinks(review.benchmarkId);
    if (wouldLoop(reviewId, followsReviewId, links)) {
      throw new ApiError("invalid_input", "followsReviewId: that review is a later round of this one", "round_loop");
    }
  }
  await store.setReviewFollows(reviewId, followsReviewId);
  return listReviewRounds(store, userId, reviewId);
}
