import * as Y from "yjs";
import { z } from "zod";
import { SelfAssessmentError } from "./errors.ts";

/**
 * The host's reply to each finding of the report, in the self document (`review:<id>:self`,
 * written by hosts and the moderator):
 *
 *   root Y.Map `findingReplies`: factorId → plain { status, note ≤ 2000, by, at }
 *
 * A reply is one plain value, so the last writer wins the whole reply (status and note
 * stay consistent with each other). Readers validate every entry and skip junk.
 */
export const FINDING_REPLIES_ROOT = "findingReplies";

export const FINDING_REPLY_STATUSES = ["accepted", "contested", "evidence_supplied"] as const;
export const findingReplyStatusSchema = z.enum(FINDING_REPLY_STATUSES);
export type FindingReplyStatus = z.infer<typeof findingReplyStatusSchema>;

export const FINDING_REPLY_LIMITS = { noteMax: 2000 } as const;

export const findingReplySchema = z.object({
  status: findingReplyStatusSchema,
  note: z.string().max(FINDING_REPLY_LIMITS.noteMax),
  by: z.string().min(1).max(100),
  at: z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value))),
});
export type FindingReply = z.infer<typeof findingReplySchema>;

const factorIdSchema = z.string().min(1).max(100);

export function findingRepliesRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(FINDING_REPLIES_ROOT);
}

/** Every valid reply by factor id. */
export function readFindingReplies(doc: Y.Doc): Map<string, FindingReply> {
  const result = new Map<string, FindingReply>();
  findingRepliesRoot(doc).forEach((value, factorId) => {
    if (value instanceof Y.AbstractType || !factorIdSchema.safeParse(factorId).success) return;
    const parsed = findingReplySchema.safeParse(value);
    if (parsed.success) result.set(factorId, parsed.data);
  });
  return result;
}

/** One factor's reply, or null. */
export function readFindingReply(doc: Y.Doc, factorId: string): FindingReply | null {
  const parsed = findingReplySchema.safeParse(findingRepliesRoot(doc).get(factorId));
  return parsed.success ? parsed.data : null;
}

/** Sets the host's reply to a factor's finding (`by` is the writer's name, shown to peers). */
export function setFindingReply(
  doc: Y.Doc,
  factorId: string,
  input: { status: FindingReplyStatus; note: string },
  meta: { by: string; at?: string },
  options: { origin?: unknown } = {},
): FindingReply {
  if (!factorIdSchema.safeParse(factorId).success) throw new SelfAssessmentError("invalid_reply", "Unknown factor");
  const reply = findingReplySchema.safeParse({ status: input.status, note: input.note.trim(), by: meta.by, at: meta.at ?? new Date().toISOString() });
  if (!reply.success) throw new SelfAssessmentError("invalid_reply", reply.error.issues[0]?.message ?? "Invalid reply");
  doc.transact(() => findingRepliesRoot(doc).set(factorId, reply.data), options.origin ?? null);
  return reply.data;
}

/** Withdraws the reply to a factor's finding; false when there was none. */
export function clearFindingReply(doc: Y.Doc, factorId: string, options: { origin?: unknown } = {}): boolean {
  if (!findingRepliesRoot(doc).has(factorId)) return false;
  doc.transact(() => findingRepliesRoot(doc).delete(factorId), options.origin ?? null);
  return true;
}
