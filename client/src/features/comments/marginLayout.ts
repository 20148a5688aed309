/** A card that wants to sit at `top` (its passage's offset) and is `height` tall. */
export type MarginItem = { id: string; top: number; height: number };

/**
 * Places margin cards as near their passages as they can be without overlapping, in passage
 * order. The active card gets its own place and the others move out of its way, above and
 * below, as in Google Docs.
 */
export function layoutMargin(items: readonly MarginItem[], activeId: string | null, gap = 8): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.top - b.top || a.id.localeCompare(b.id));
  const tops = new Map<string, number>();
  const pivot = Math.max(0, sorted.findIndex((item) => item.id === activeId));
  if (sorted.length === 0) return tops;
  const start = sorted[pivot]!;
  tops.set(start.id, Math.max(0, start.top));
  // Below the pivot: push down.
  let bottom = tops.get(start.id)! + start.height + gap;
  for (const item of sorted.slice(pivot + 1)) {
    const top = Math.max(item.top, bottom);
    tops.set(item.id, top);
    bottom = top + item.height + gap;
  }
  // Above the pivot: push up, but never above the margin's top (then push the rest down).
  let ceiling = tops.get(start.id)! - gap;
  for (const item of sorted.slice(0, pivot).reverse()) {
    const top = Math.min(item.top, ceiling - item.height);
    tops.set(item.id, top);
    ceiling = top - gap;
  }
  let floor = 0;
  for (const item of sorted) {
    const top = Math.max(tops.get(item.id)!, floor);
    tops.set(item.id, top);
    floor = top + item.height + gap;
  }
  return tops;
}

/**
 * Whether two layouts place the same cards within half a pixel. A card present in only one of
 * them makes them differ, even when both hold as many cards (the "Comment" button giving way to
 * the new thread's box: compared as the same, the box stayed at the margin's top).
 */
export function sameLayout(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, top] of b) {
    const before = a.get(id);
    if (before === undefined || Math.abs(before - top) > 0.5) return false;
  }
  return true;
}
