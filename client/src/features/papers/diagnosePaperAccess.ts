import { CLOSE_CODES } from "@review/shared";
import { fetchMe } from "../../api/auth.ts";
import { ApiError } from "../../api/http.ts";
import { getPaper } from "../../api/papers.ts";

/**
 * Why the paper's socket keeps failing, as far as HTTP can tell: no session (4401) or
 * the paper is gone (4404); null when both look fine (the server is probably restarting).
 */
export async function diagnosePaperAccess(paperId: string): Promise<number | null> {
  if (!(await fetchMe())) return CLOSE_CODES.unauthenticated;
  try {
    await getPaper(paperId);
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return CLOSE_CODES.notFound;
    throw error;
  }
}
