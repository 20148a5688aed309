import { CLOSE_CODES } from "@review/shared";
import { fetchMe } from "../api/auth.ts";
import { ApiError } from "../api/http.ts";
import { getReview } from "../api/reviews.ts";

/**
 * Why the report's socket keeps failing, as far as HTTP can tell: no session
 * (4401) or no longer a member of the review (4403); null when both look fine
 * (the server is probably down or restarting). Network errors propagate.
 */
export async function diagnoseReportAccess(reviewId: string): Promise<number | null> {
  if (!(await fetchMe())) return CLOSE_CODES.unauthenticated;
  try {
    await getReview(reviewId);
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return CLOSE_CODES.forbidden;
    throw error;
  }
}
