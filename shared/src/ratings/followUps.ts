import type * as Y from "yjs";
import { z } from "zod";
import { addresseesSchema, followUpNoteSchema, followUpStatusSchema, type RecommendationFollowUp } from "../api/recommendations.ts";
import { syncMap } from "./layout.ts";

/**
 * Recommendations' addressees and follow-up in the ratings document (also written by the
 * server alone), mirrored from their rows after every command so that everyone sees them
 * live:
 *
 *   root Y.Map `recommendationFollowUps`: recommendationId → { addressees, status, notes }
 *
 * The passage itself stays in the report; readers join the two by recommendation id.
 */
export const FOLLOW_UPS_ROOT = "recommendationFollowUps";

export const followUpEntrySchema = z.object({
  addressees: addresseesSchema,
  status: followUpStatusSchema,
  notes: z.array(followUpNoteSchema).max(1000),
});
export type FollowUpEntry = z.infer<typeof followUpEntrySchema>;

/** What a recommendation without rows shows: nobody addressed yet, proposed. */
export const NO_FOLLOW_UP: FollowUpEntry = { addressees: [], status: "proposed", notes: [] };

export function toFollowUpEntry(recommendation: RecommendationFollowUp): FollowUpEntry {
  return { addressees: recommendation.addressees, status: recommendation.status, notes: recommendation.notes };
}

/** The mirrored follow-up by recommendation id; malformed entries are skipped. */
export function readFollowUps(doc: Y.Doc): Map<string, FollowUpEntry> {
  const entries = new Map<string, FollowUpEntry>();
  doc.getMap<unknown>(FOLLOW_UPS_ROOT).forEach((value, id) => {
    const parsed = followUpEntrySchema.safeParse(value);
    if (parsed.success) entries.set(id, parsed.data);
  });
  return entries;
}

/** Makes the document hold exactly `entries` (inside the server's transaction). */
export function writeFollowUps(doc: Y.Doc, entries: ReadonlyMap<string, FollowUpEntry>): void {
  syncMap(doc.getMap<unknown>(FOLLOW_UPS_ROOT), entries);
}
