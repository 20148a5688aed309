/** Colour steps of the heatmap: 0 (no cards) to 4 (five or more). */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/**
 * How strong a cell is. Steps, not a gradient: a few distinct tints stay distinguishable
 * (and each has a text colour meeting WCAG AA), and the count is printed in every cell anyway.
 */
export function heatLevel(count: number): HeatLevel {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  if (count <= 4) return 3;
  return 4;
}
