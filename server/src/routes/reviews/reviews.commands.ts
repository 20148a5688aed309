import {
  findThemeModule,
  mayCreateReviews,
  updateReviewRequestSchema,
  type Benchmark,
  type CreateReviewRequest,
  type Member,
  type Review,
  type ReviewDetail,
  type ReviewRole,
  type UpdateReviewRequest,
} from "@review/shared";
import { requireNetworkRole, type NetworkActor } from "../../auth/networkRole.ts";
import { describeZodError } from "../../http/validate.ts";
import { ApiError, notFound, forbidden, refusal } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import { DEFAULT_BENCHMARK_ID } from "../benchmarks/builtInBenchmarks.ts";
import type { BenchmarkStore, MemberRecord, ReviewRecord, ReviewStore } from "../../store/store.ts";


function toReview(record: ReviewRecord, role: ReviewRole): Review {
  return {
    id: record.id,
    title: record.title,
    hostProject: record.hostProject,
    createdAt: record.createdAt.toISOString(),
    role,
    benchmark: record.benchmarkId && record.benchmarkVersion ? { id: record.benchmarkId, version: record.benchmarkVersion } : null,
    modules: record.modules,
    country: record.country,
    themeModuleId: record.themeModuleId,
    visitStart: record.visitStart,
    visitEnd: record.visitEnd,
    reportStatus: record.reportStatus,
    reportStatusChangedAt: record.reportStatusChangedAt?.toISOString() ?? null,
    reportStatusChangedBy: record.reportStatusChangedByName,
  };
}

function toMember(record: MemberRecord): Member {
  return { userId: record.userId, name: record.name, email: record.email, color: record.color, role: record.role };
}

/**
 * Creates a review on the newest version of its benchmark; the creator becomes its moderator.
 * Only network moderators and administrators may: otherwise anyone invited anywhere could make
 * themselves a moderator.
 */
export async function createReview(store: BenchmarkStore & ReviewStore, actor: NetworkActor, input: CreateReviewRequest): Promise<ReviewDetail> {
  requireNetworkRole(actor, mayCreateReviews, "network_creates_reviews");
  const userId = actor.id;
  const benchmark = await store.findBenchmark(input.benchmarkId ?? DEFAULT_BENCHMARK_ID);
  if (!benchmark) throw new ApiError("invalid_input", "benchmarkId: no such benchmark");
  const modules = checkThemeModules(benchmark, input.modules ?? []);
  const themeModuleId = checkTheme(benchmark, input.themeModuleId ?? null);
  const record = await store.createReview({
    id: newId(),
    title: input.title,
    hostProject: input.hostProject,
    createdBy: userId,
    benchmarkId: benchmark.id,
    benchmarkVersion: benchmark.version,
    modules,
    country: input.country,
    themeModuleId,
    visitStart: input.visitStart,
    visitEnd: input.visitEnd,
  });
  return getReviewDetail(store, userId, record.id);
}

/** De-duplicates module ids and refuses any that is not a thematic module of the benchmark. */
function checkThemeModules(benchmark: Benchmark, requested: string[]): string[] {
  const modules = [...new Set(requested)];
  const themeIds = new Set(benchmark.modules.filter((module) => module.kind === "theme").map((module) => module.id));
  const unknown = modules.find((id) => !themeIds.has(id));
  if (unknown) throw new ApiError("invalid_input", `modules: "${unknown}" is not a thematic module of ${benchmark.name}`);
  return modules;
}

/** A review's theme must be a thematic module of its benchmark (or none). */
function checkTheme(benchmark: Benchmark, id: string | null): string | null {
  if (id === null) return null;
  if (!findThemeModule(benchmark, id)) throw new ApiError("theme_not_a_module", `themeModuleId: "${id}" is not a thematic module of ${benchmark.name}`);
  return id;
}

/** Changes a review's details; moderators only. A review keeps its benchmark version. */
export async function updateReview(store: BenchmarkStore & ReviewStore, userId: string, reviewId: string, patch: UpdateReviewRequest): Promise<ReviewDetail> {
  const review = await requireModerator(store, userId, reviewId);
  const merged = { visitStart: patch.visitStart ?? review.visitStart, visitEnd: patch.visitEnd ?? review.visitEnd };
  const check = updateReviewRequestSchema.safeParse(merged);
  if (!check.success) throw new ApiError("invalid_input", describeZodError(check.error));
  let { modules, themeModuleId } = patch;
  if (modules !== undefined || (themeModuleId !== undefined && themeModuleId !== null)) {
    const benchmark = review.benchmarkId ? await store.findBenchmark(review.benchmarkId, review.benchmarkVersion ?? undefined) : null;
    if (!benchmark) throw new ApiError(modules !== undefined ? "invalid_input" : "theme_not_a_module", "this review has no benchmark");
    if (modules !== undefined) modules = checkThemeModules(benchmark, modules);
    if (themeModuleId !== undefined) themeModuleId = checkTheme(benchmark, themeModuleId);
  }
  const outcome = await store.updateReview(reviewId, { ...patch, modules, themeModuleId });
  if (outcome === "project_name_taken") throw refusal("conflict", "project_name_taken");
  return getReviewDetail(store, userId, reviewId);
}

/** The review, when `userId` moderates it; 404 for non-members, 403 for other members. */
export async function requireModerator(store: BenchmarkStore & ReviewStore, userId: string, reviewId: string): Promise<ReviewRecord> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  if (role !== "moderator") throw forbidden("moderator_only");
  return review;
}

export async function listReviews(store: BenchmarkStore & ReviewStore, userId: string): Promise<Review[]> {
  const rows = await store.listReviewsForUser(userId);
  return rows.map((row) => toReview(row, row.role));
}

/** A review as its member sees it; a non-member gets the same 404 as a missing review. */
export async function getReviewDetail(store: BenchmarkStore & ReviewStore, userId: string, reviewId: string): Promise<ReviewDetail> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  const members = await store.listMembers(reviewId);
  return { ...toReview(review, role), members: members.map(toMember) };
}
