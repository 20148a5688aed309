import * as Y from "yjs";
import { ratingSchema, type Rating } from "../benchmark/ratingScale.ts";
import { SELF_KEYS, noteText, offeredArray, selfFactorMap, selfRoot } from "./layout.ts";
import { SELF_LIMITS, offeredEvidenceSchema, type OfferedEvidence } from "./schema.ts";

/** The host self-assessment of one factor, validated. */
export type SelfFactorState = {
  factorId: string;
  rating: Rating | null;
  /** The note; a note grown past the limit by concurrent typing shows its first 4000 characters. */
  note: string;
  /** Offered evidence in document order, one entry per id, junk skipped. */
  evidenceOffered: OfferedEvidence[];
  updatedBy: string | null;
  updatedAt: string | null;
};

export function emptySelfFactor(factorId: string): SelfFactorState {
  return { factorId, rating: null, note: "", evidenceOffered: [], updatedBy: null, updatedAt: null };
}

function readString(value: unknown, max: number): string | null {
  return typeof value === "string" && value.length <= max ? value : null;
}

function readNote(entry: Y.Map<unknown>): string {
  const text = noteText(entry);
  const value: unknown = text ? text.toString() : entry.get(SELF_KEYS.note);
  return typeof value === "string" ? value.slice(0, SELF_LIMITS.noteMax) : "";
}

function readOffered(entry: Y.Map<unknown>): OfferedEvidence[] {
  const seen = new Set<string>();
  const result: OfferedEvidence[] = [];
  offeredArray(entry)?.forEach((value) => {
    if (value instanceof Y.AbstractType) return;
    const parsed = offeredEvidenceSchema.safeParse(value);
    if (!parsed.success || seen.has(parsed.data.id)) return;
    seen.add(parsed.data.id);
    result.push(parsed.data);
  });
  return result;
}

function readEntry(factorId: string, entry: Y.Map<unknown>): SelfFactorState {
  const rating = ratingSchema.safeParse(entry.get(SELF_KEYS.rating));
  return {
    factorId,
    rating: rating.success ? rating.data : null,
    note: readNote(entry),
    evidenceOffered: readOffered(entry),
    updatedBy: readString(entry.get(SELF_KEYS.updatedBy), 100),
    updatedAt: readString(entry.get(SELF_KEYS.updatedAt), 40),
  };
}

/** Every factor entry of the self-assessment as validated plain data; entries that are not maps are skipped. */
export function readSelfAssessment(doc: Y.Doc): Map<string, SelfFactorState> {
  const result = new Map<string, SelfFactorState>();
  selfRoot(doc).forEach((value, factorId) => {
    if (value instanceof Y.Map) result.set(factorId, readEntry(factorId, value as Y.Map<unknown>));
  });
  return result;
}

/** One factor's self-assessment (empty when there is none). */
export function readSelfFactor(doc: Y.Doc, factorId: string): SelfFactorState {
  const entry = selfFactorMap(doc, factorId);
  return entry ? readEntry(factorId, entry) : emptySelfFactor(factorId);
}

/** Lookup in a read: the factor's state, or an empty one. */
export function selfFactorState(self: ReadonlyMap<string, SelfFactorState>, factorId: string): SelfFactorState {
  return self.get(factorId) ?? emptySelfFactor(factorId);
}

/** Whether the host has said anything about the factor. */
export function hasSelfAssessment(state: SelfFactorState): boolean {
  return state.rating !== null || state.note.trim() !== "" || state.evidenceOffered.length > 0;
}
