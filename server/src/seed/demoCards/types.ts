import type { SourceKind, Stance } from "@review/shared";

/**
 * One evidence card as a peer noted it: who wrote it (a demo account email), where it came
 * from, how it bears on its factor, which of the factor's tests it answers (0-based) and on
 * which day of the visit (null: read before the visit); `session`, the programme session it came from.
 */
export type DemoCard = { by: string; source: SourceKind; label: string; stance: Stance; day: number | null; tests: number[]; text: string; session?: string };

/** The cards of one review, per factor id: every factor in the review's scope has at least one. */
export type DemoCards = Record<string, DemoCard[]>;
