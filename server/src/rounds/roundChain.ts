/** Links between rounds: review id → the earlier review it follows. */
export type RoundLinks = ReadonlyMap<string, string>;

/** The reviews `reviewId` follows, nearest first (stops at a repeat, so a corrupt loop cannot hang). */
export function earlierRounds(reviewId: string, links: RoundLinks): string[] {
  const found: string[] = [];
  const seen = new Set([reviewId]);
  for (let current = links.get(reviewId); current && !seen.has(current); current = links.get(current)) {
    found.push(current);
    seen.add(current);
  }
  return found;
}

/**
 * The chain of rounds `reviewId` belongs to, first round first: its earlier rounds, itself, then
 * the later rounds (where two reviews follow the same one, the earlier created continues the chain).
 * `createdOrder` lists review ids oldest first.
 */
export function roundChain(reviewId: string, links: RoundLinks, createdOrder: readonly string[]): string[] {
  const chain = [...earlierRounds(reviewId, links).reverse(), reviewId];
  const seen = new Set(chain);
  for (let current = reviewId; ; ) {
    const next = createdOrder.find((id) => links.get(id) === current && !seen.has(id));
    if (!next) return chain;
    chain.push(next);
    seen.add(next);
    current = next;
  }
}

/** Whether `reviewId` following `candidate` would close a loop (the candidate is a later round of it, or itself). */
export function wouldLoop(reviewId: string, candidate: string, links: RoundLinks): boolean {
  return candidate === reviewId || earlierRounds(candidate, links).includes(reviewId);
}
