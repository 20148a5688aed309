import type { HostProject } from "./projects.ts";

/**
 * One host project of one review in a chain of rounds: a score-card entry, or a column of the
 * overview's rounds table. `project` is absent for a review read as a whole (its first project).
 */
export type RoundEntry = {
  id: string;
  followsReviewId: string | null;
  project?: Pick<HostProject, "name" | "position">;
};

/**
 * The entry of an earlier round that `entry` is compared with: the same host project of the
 * review it follows, matched by name (case ignored), else by position.
 */
export function previousRoundEntry<T extends RoundEntry>(entry: T, entries: readonly T[]): T | undefined {
  if (!entry.followsReviewId) return undefined;
  const earlier = entries.filter((candidate) => candidate.id === entry.followsReviewId);
  return (
    earlier.find((candidate) => sameName(candidate, entry)) ??
    earlier.find((candidate) => (candidate.project?.position ?? 0) === (entry.project?.position ?? 0))
  );
}

/**
 * The same host project in every round of a chain, by `previousRoundEntry`: back from `entry`
 * through the rounds it follows, and forward through the later rounds whose entry it is the
 * previous one of. Review id → that round's entry; a round without the project is absent.
 */
export function projectLineage<T extends RoundEntry>(entry: T, entries: readonly T[]): Map<string, T> {
  const lineage = new Map<string, T>([[entry.id, entry]]);
  for (let earlier = previousRoundEntry(entry, entries); earlier && !lineage.has(earlier.id); earlier = previousRoundEntry(earlier, entries)) {
    lineage.set(earlier.id, earlier);
  }
  for (let current: T | undefined = entry; current; ) {
    const from: T = current;
    const later = entries.filter((candidate) => candidate.followsReviewId === from.id && !lineage.has(candidate.id) && previousRoundEntry(candidate, entries) === from);
    // Several later projects may fall back to this one by position; the one of its name is it.
    current = later.find((candidate) => sameName(candidate, from)) ?? later[0];
    if (current) lineage.set(current.id, current);
  }
  return lineage;
}

const sameName = (a: RoundEntry, b: RoundEntry) => a.project !== undefined && a.project.name.toLocaleLowerCase() === b.project?.name.toLocaleLowerCase();
