import type { AddMemberRequest, CreateReviewRequest, Member, Review, ReviewDetail, ReviewRole } from "@review/shared";
import { ApiError, forbidden, notFound } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import { DEFAULT_BENCHMARK_ID } from "../benchmarks/builtInBenchmarks.ts";
import type { MemberRecord, ReviewRecord, Store } from "../../store/store.ts";

const REVIEW_NOT_FOUND = "Review not found";

function toReview(record: ReviewRecord, role: ReviewRole): Review {
  return {
    id: record.id,
    title: record.title,
    hostProject: record.hostProject,
    createdAt: record.createdAt.toISOString(),
    role,
    benchmark: record.benchmarkId && record.benchmarkVersion ? { id: record.benchmarkId, version: record.benchmarkVersion } : null,
    modules: record.modules,
  };
}

function toMember(record: MemberRecord): Member {
  return { userId: record.userId, name: record.name, email: record.email, color: record.color, role: record.role };
}

/** Creates a review on the newest version of its benchmark; the creator becomes its moderator. */
export async function createReview(store: Store, userId: string, input: CreateReviewRequest): Promise<ReviewDetail> {
  const benchmark = await store.findBenchmark(input.benchmarkId ?? DEFAULT_BENCHMARK_ID);
  if (!benchmark) throw new ApiError("invalid_input", "benchmarkId: no such benchmark");
  const modules = [...new Set(input.modules ?? [])];
  const themeIds = new Set(benchmark.modules.filter((module) => module.kind === "theme").map((module) => module.id));
  const unknown = modules.find((id) => !themeIds.has(id));
  if (unknown) throw new ApiError("invalid_input", `modules: "${unknown}" is not a thematic module of ${benchmark.name}`);
  const record = await store.createReview({
    id: newId(),
    title: input.title,
    hostProject: input.hostProject,
    createdBy: userId,
    benchmarkId: benchmark.id,
    benchmarkVersion: benchmark.version,
    modules,
  });
  return getReviewDetail(store, userId, record.id);
}

export async function listReviews(store: Store, userId: string): Promise<Review[]> {
  const rows = await store.listReviewsForUser(userId);
  return rows.map((row) => toReview(row, row.role));
}

/** A review as its member sees it; a non-member gets the same 404 as a missing review. */
export async function getReviewDetail(store: Store, userId: string, reviewId: string): Promise<ReviewDetail> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound(REVIEW_NOT_FOUND);
  const members = await store.listMembers(reviewId);
  return { ...toReview(review, role), members: members.map(toMember) };
}

/** Adds an existing user to the review (or changes their role); moderators only. */
export async function addMember(store: Store, userId: string, reviewId: string, input: AddMemberRequest): Promise<Member> {
  const role = await store.findMembership(reviewId, userId);
  if (!role) throw notFound(REVIEW_NOT_FOUND);
  if (role !== "moderator") throw forbidden("Only a moderator can add members to this review");
  const user = await store.findUserByEmail(input.email);
  if (!user) throw new ApiError("not_found", "No account with this email exists");
  await store.upsertMember(reviewId, user.id, input.role);
  return { userId: user.id, name: user.name, email: user.email, color: user.color, role: input.role };
}
