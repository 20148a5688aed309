import { awarenessUserSchema, type AwarenessUser } from "@review/shared";

export type PresentUser = AwarenessUser & { isSelf: boolean };

/**
 * The people in a document from its awareness states: one entry per user even
 * with several tabs open, yourself first, then by name. States without a valid
 * `user` (not yet rewritten by the server, or malformed) are skipped.
 */
export function presentUsers(states: ReadonlyMap<number, unknown>, selfUserId: string): PresentUser[] {
  const byId = new Map<string, PresentUser>();
  for (const state of states.values()) {
    if (typeof state !== "object" || state === null) continue;
    const parsed = awarenessUserSchema.safeParse((state as { user?: unknown }).user);
    if (!parsed.success || byId.has(parsed.data.id)) continue;
    byId.set(parsed.data.id, { ...parsed.data, isSelf: parsed.data.id === selfUserId });
  }
  return [...byId.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

/** Whether two lists of present users show the same people the same way (same order, same fields). */
export function samePresentUsers(a: readonly PresentUser[], b: readonly PresentUser[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((user, index) => {
    const other = b[index]!;
    return user.id === other.id && user.name === other.name && user.color === other.color && user.role === other.role && user.isSelf === other.isSelf;
  });
}
