import type { ReviewDetail } from "@review/shared";

/** Changes the review the page shows in place (after a PATCH, a member change, …). */
export type ReviewUpdater = (update: (review: ReviewDetail) => ReviewDetail) => void;
