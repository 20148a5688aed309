import { USER_COLORS } from "@review/shared";

/** Caret and avatar colours (shared/src/api/account.ts), handed out in turn to new accounts. */
export function colorForIndex(index: number): string {
  return USER_COLORS[index % USER_COLORS.length]!;
}
