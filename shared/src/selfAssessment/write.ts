import * as Y from "yjs";
import { ratingSchema, type Rating } from "../benchmark/ratingScale.ts";
import { newCardId } from "../board/cards.ts";
import { SelfAssessmentError } from "./errors.ts";
import { SELF_KEYS, ensureSelfFactor, noteText, offeredArray, selfFactorMap } from "./layout.ts";
import { SELF_LIMITS, offeredEvidenceInputSchema, type OfferedEvidence, type OfferedEvidenceInput } from "./schema.ts";

/** Who writes, and when (defaults to now). */
export type SelfWriteMeta = { by: string; at?: string };
/** The transaction origin of a write. */
export type SelfWriteOptions = { origin?: unknown };

function stamp(entry: Y.Map<unknown>, meta: SelfWriteMeta): void {
  entry.set(SELF_KEYS.updatedBy, meta.by);
  entry.set(SELF_KEYS.updatedAt, meta.at ?? new Date().toISOString());
}

/** Sets (or with `null` clears) the host's rating of a factor; last writer wins. */
export function setSelfRating(doc: Y.Doc, factorId: string, rating: Rating | null, meta: SelfWriteMeta, options: SelfWriteOptions = {}): void {
  if (rating !== null && !ratingSchema.safeParse(rating).success) throw new SelfAssessmentError("invalid_rating", `Not a rating: ${String(rating)}`);
  const entry = ensureSelfFactor(doc, factorId);
  doc.transact(() => {
    if (rating === null) entry.delete(SELF_KEYS.rating);
    else entry.set(SELF_KEYS.rating, rating);
    stamp(entry, meta);
  }, options.origin ?? null);
}

/** The smallest single splice that turns `from` into `to`: common prefix and suffix are kept. */
export function textSplice(from: string, to: string): { index: number; remove: number; insert: string } | null {
  if (from === to) return null;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(from.charCodeAt(from.length - end))) end--;
  return { index: start, remove: from.length - start - end, insert: to.slice(start, to.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Makes the note read `text` by splicing only what changed into the note's Y.Text, so two
 * writers editing different parts of the note at once both keep their edits. Call it on
 * every keystroke (no debounce needed). Refuses a note over 4000 characters.
 */
export function setSelfNote(doc: Y.Doc, factorId: string, text: string, meta: SelfWriteMeta, options: SelfWriteOptions = {}): void {
  if (text.length > SELF_LIMITS.noteMax) throw new SelfAssessmentError("note_too_long", `A note holds at most ${SELF_LIMITS.noteMax} characters`);
  const existing = noteText(selfFactorMap(doc, factorId));
  if (existing && existing.toString() === text) return;
  const entry = ensureSelfFactor(doc, factorId);
  const note = noteText(entry)!;
  const splice = textSplice(note.toString(), text);
  if (!splice) return;
  doc.transact(() => {
    if (splice.remove > 0) note.delete(splice.index, splice.remove);
    if (splice.insert) note.insert(splice.index, splice.insert);
    stamp(entry, meta);
  }, options.origin ?? null);
}

/** Adds one piece of offered evidence (validated; an empty link means none) and returns it. */
export function addOfferedEvidence(doc: Y.Doc, factorId: string, input: OfferedEvidenceInput, meta: SelfWriteMeta, options: SelfWriteOptions = {}): OfferedEvidence {
  const parsed = offeredEvidenceInputSchema.safeParse(input);
  if (!parsed.success) throw new SelfAssessmentError("invalid_evidence", parsed.error.issues[0]?.message ?? "Invalid evidence");
  const entry = ensureSelfFactor(doc, factorId);
  const offered = offeredArray(entry)!;
  if (offered.length >= SELF_LIMITS.evidenceMax) throw new SelfAssessmentError("too_much_evidence", `At most ${SELF_LIMITS.evidenceMax} pieces of evidence per factor`);
  const item: OfferedEvidence = { id: newCardId(), text: parsed.data.text };
  if (parsed.data.link) item.link = parsed.data.link;
  doc.transact(() => {
    offered.push([item]);
    stamp(entry, meta);
  }, options.origin ?? null);
  return item;
}

/** Removes offered evidence by id (every copy); false when there was none. */
export function removeOfferedEvidence(doc: Y.Doc, factorId: string, evidenceId: string, meta: SelfWriteMeta, options: SelfWriteOptions = {}): boolean {
  const entry = selfFactorMap(doc, factorId);
  const offered = offeredArray(entry);
  if (!entry || !offered) return false;
  const indexes: number[] = [];
  offered.forEach((value, index) => {
    if (value !== null && typeof value === "object" && !(value instanceof Y.AbstractType) && (value as { id?: unknown }).id === evidenceId) indexes.push(index);
  });
  if (indexes.length === 0) return false;
  doc.transact(() => {
    for (const index of indexes.reverse()) offered.delete(index, 1);
    stamp(entry, meta);
  }, options.origin ?? null);
  return true;
}
