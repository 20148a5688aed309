/** Caret and avatar colours; all reach 4.5:1 contrast against white text. */
const USER_COLORS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"];

export function colorForIndex(index: number): string {
  return USER_COLORS[index % USER_COLORS.length]!;
}
