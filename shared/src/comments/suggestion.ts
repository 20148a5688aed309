import { z } from "zod";

/**
 * A suggested edit ("track changes"): a comment thread that proposes replacing its passage.
 * An insertion has an empty `quote` (the anchor is a single place), a deletion an empty
 * `replacement`. The server applies an accepted one to the report; nobody else writes it.
 */
export const SUGGESTION_LIMITS = {
  /** The exact passage to replace (the thread's `quote` is only a flattened, shortened view of it). */
  quoteMax: 500,
  replacementMax: 2000,
} as const;

const userIdSchema = z.string().min(1).max(100);
const isoSchema = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)), "Not a date");

export const suggestionSchema = z
  .object({
    kind: z.literal("replace"),
    quote: z.string().max(SUGGESTION_LIMITS.quoteMax),
    replacement: z.string().max(SUGGESTION_LIMITS.replacementMax),
  })
  .refine((value) => value.quote !== value.replacement, "A suggestion must change something");
export type Suggestion = z.infer<typeof suggestionSchema>;

export const SUGGESTION_STATUSES = ["accepted", "rejected"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** Who decided a suggestion, how, and when (set once: a decision is final). */
export const suggestionDecisionSchema = z.object({ status: z.enum(SUGGESTION_STATUSES), by: userIdSchema, at: isoSchema });
export type SuggestionDecision = z.infer<typeof suggestionDecisionSchema>;

/** What a suggestion does, for the card's wording. */
export type SuggestionAction = "insert" | "delete" | "replace";

export function suggestionAction(suggestion: Suggestion): SuggestionAction {
  if (suggestion.quote === "") return "insert";
  if (suggestion.replacement === "") return "delete";
  return "replace";
}
