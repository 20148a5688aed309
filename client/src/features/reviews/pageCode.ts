import type { ReviewTab } from "../../app/routes.ts";

/**
 * The code of the review page and of its heavier tabs, each its own chunk (the board and the
 * report carry the collaboration and editor stacks). The module system loads each once, so
 * asking early costs nothing later.
 */
export const reviewPageCode = () => import("./ReviewPage.tsx");

export const reviewTabCode = {
  board: () => import("../board/index.ts"),
  preparation: () => import("../preparation/index.ts"),
  programme: () => import("../programme/index.ts"),
  report: () => import("./ReportTab.tsx"),
} satisfies Partial<Record<ReviewTab, () => Promise<unknown>>>;

/**
 * Starts loading the page's and the tab's code for a review address at start-up, beside the
 * session check rather than after it (a round trip less before the first paint). A failure is
 * left to the page, which asks again and shows it.
 */
export function preloadReviewPage(tab: ReviewTab | null): void {
  if (tab === null) return;
  reviewPageCode().catch(() => {});
  if (Object.hasOwn(reviewTabCode, tab)) reviewTabCode[tab as keyof typeof reviewTabCode]().catch(() => {});
}
