import { CLOSE_CODES } from "@review/shared";
import { fetchMe } from "../api/auth.ts";
import { ApiError } from "../api/http.ts";
import { getPaper } from "../api/papers.ts";
import { getReview } from "../api/reviews.ts";

/**
 * Why a document's socket keeps failing, as far as HTTP can tell: no session (4401), or
 * `missing` when the owner's own request answers 404; null when both look fine (the server
 * is probably down or restarting). Network errors propagate.
 */
async function diagnoseAccess(readOwner: () => Promise<unknown>, missing: number): Promise<number | null> {
  if (!(await fetchMe())) return CLOSE_CODES.unauthenticated;
  try {
    await readOwner();
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return missing;
    throw error;
  }
}

/** A review's documents: a 404 means no longer a member of the review (4403). */
export function diagnoseReportAccess(reviewId: string): Promise<number | null> {
  return diagnoseAccess(() => getReview(reviewId), CLOSE_CODES.forbidden);
}

/** A paper's documents: a 404 means the paper is gone (4404). */
export function diagnosePaperAccess(paperId: string): Promise<number | null> {
  return diagnoseAccess(() => getPaper(paperId), CLOSE_CODES.notFound);
}
