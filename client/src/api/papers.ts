import {
  PAPER_ROUTES,
  PAPER_VERSION_ROUTES,
  paperAuthorsResponseSchema,
  paperListResponseSchema,
  paperResponseSchema,
  scorecardResponseSchema,
  pooledEvidenceResponseSchema,
  type PooledEvidenceResponse,
  type CreatePaperRequest,
  type NetworkMember,
  type PaperListResponse,
  type PaperResponse,
  type PaperStatus,
  type ScorecardResponse,
  type UpdatePaperRequest,
} from "@review/shared";
import { request } from "./http.ts";

export function listPapers(): Promise<PaperListResponse> {
  return request(PAPER_ROUTES.list, { schema: paperListResponseSchema });
}

export function getPaper(id: string): Promise<PaperResponse> {
  return request(PAPER_ROUTES.one(id), { schema: paperResponseSchema });
}

export function createPaper(input: CreatePaperRequest): Promise<PaperResponse> {
  return request(PAPER_ROUTES.list, { method: "POST", body: input, schema: paperResponseSchema });
}

export function updatePaper(id: string, patch: UpdatePaperRequest): Promise<PaperResponse> {
  return request(PAPER_ROUTES.one(id), { method: "PATCH", body: patch, schema: paperResponseSchema });
}

/** Makes an account an author of the paper (its creator or an administrator asks); resolves with the authors. */
export async function addPaperAuthor(id: string, userId: string): Promise<NetworkMember[]> {
  const { authors } = await request(PAPER_ROUTES.authors(id), { method: "POST", body: { userId }, schema: paperAuthorsResponseSchema });
  return authors;
}

export function removePaperAuthor(id: string, userId: string): Promise<void> {
  return request(PAPER_ROUTES.author(id, userId), { method: "DELETE", schema: null });
}

/** Reviews × factors of one benchmark across the network (default IMPART). */
export function getScorecard(benchmarkId?: string): Promise<ScorecardResponse> {
  return request(PAPER_ROUTES.scorecard(benchmarkId), { schema: scorecardResponseSchema });
}

/** Moves the paper to `status` (its writers); resolves with the paper as it is now. */
export function changePaperStatus(id: string, status: PaperStatus): Promise<PaperResponse> {
  return request(PAPER_VERSION_ROUTES.status(id), { method: "PUT", body: { status }, schema: paperResponseSchema });
}

/** One factor's cards and report passages across the reviews (network moderators and administrators). */
export function getPooledEvidence(factorId: string, benchmarkId?: string): Promise<PooledEvidenceResponse> {
  return request(PAPER_ROUTES.pooledEvidence(factorId, benchmarkId), { schema: pooledEvidenceResponseSchema });
}
