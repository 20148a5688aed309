import type { FollowUpNote, RecommendationFollowUp } from "@review/shared";
import type { FollowUpEntry } from "@review/shared/ratings";
import type { MarkedRecommendation } from "../export/recommendations.ts";
import type { FollowUpNoteRecord, RecommendationRows } from "../store/followUpRecords.ts";

const toNote = (record: FollowUpNoteRecord): FollowUpNote => ({
  id: record.id,
  status: record.status,
  note: record.note,
  by: record.byName,
  at: record.createdAt.toISOString(),
});

/** Per recommendation id with rows: addressees, status (the newest note's) and notes newest first. */
export function followUpEntries(rows: RecommendationRows | undefined): Map<string, FollowUpEntry> {
  const entries = new Map<string, FollowUpEntry>();
  if (!rows) return entries;
  const entry = (id: string) => {
    let found = entries.get(id);
    if (!found) entries.set(id, (found = { addressees: [], status: "proposed", notes: [] }));
    return found;
  };
  for (const [id, addressees] of rows.addressees) entry(id).addressees = addressees;
  for (const note of rows.notes) {
    const found = entry(note.recommendationId);
    found.status = note.status;
    found.notes.unshift(toNote(note));
  }
  return entries;
}

/** A report's or paper's recommendations in reading order with their follow-up. */
export function withFollowUps(recommendations: readonly MarkedRecommendation[], rows: RecommendationRows | undefined): RecommendationFollowUp[] {
  const entries = followUpEntries(rows);
  return recommendations.map((recommendation) => {
    const entry = entries.get(recommendation.id);
    return {
      recommendationId: recommendation.id,
      text: recommendation.text,
      addressees: entry?.addressees ?? [],
      status: entry?.status ?? "proposed",
      notes: entry?.notes ?? [],
    };
  });
}
