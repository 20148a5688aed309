import { z } from "zod";
import type { Suggestion, SuggestionDecision } from "./suggestion.ts";

/** Limits of the comments document; the UI checks them first, readers enforce them. */
export const COMMENT_LIMITS = {
  bodyMax: 4000,
  quoteMax: 500,
  /** An encoded Y.RelativePosition is tens of bytes; anything far larger is junk. */
  anchorMax: 400,
  mentionsMax: 50,
  userIdMax: 100,
  /** Comment commands (any kind) one user may send per minute, per review or paper scope; then 429. */
  commandsPerMinute: 120,
} as const;

export const commentIdSchema = z.string().regex(/^[a-z0-9]{8,32}$/);
const userIdSchema = z.string().min(1).max(COMMENT_LIMITS.userIdMax);
const isoSchema = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)), "Not a date");
const base64Schema = z.string().min(1).max(COMMENT_LIMITS.anchorMax).regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** Where a thread sits in the report: two encoded `Y.RelativePosition`s (base64). */
export const commentAnchorSchema = z.object({ start: base64Schema, end: base64Schema });
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/** One comment of a thread, as read from the document. */
export const commentSchema = z.object({
  id: commentIdSchema,
  author: userIdSchema,
  body: z.string().max(COMMENT_LIMITS.bodyMax),
  createdAt: isoSchema,
  editedAt: isoSchema.nullable(),
  deleted: z.boolean(),
  mentions: z.array(userIdSchema).max(COMMENT_LIMITS.mentionsMax),
});
export type Comment = z.infer<typeof commentSchema>;

/** A thread's own fields (its comments are read one by one, junk skipped). */
export const threadFieldsSchema = z.object({
  anchor: commentAnchorSchema,
  quote: z.string().max(COMMENT_LIMITS.quoteMax),
  createdBy: userIdSchema,
  createdAt: isoSchema,
  resolved: z.boolean(),
  resolvedBy: userIdSchema.nullable(),
  resolvedAt: isoSchema.nullable(),
});

export type CommentThread = z.infer<typeof threadFieldsSchema> & {
  id: string;
  /** Comments in document order; the first one opened the thread (a suggestion may have none). */
  comments: Comment[];
  /** Present on a suggested edit. */
  suggestion?: Suggestion;
  /** Present once a suggested edit was accepted or rejected. */
  decision?: SuggestionDecision;
};

/** What a writer supplies for a comment. */
export const commentInputSchema = z.object({
  body: z.string().trim().min(1).max(COMMENT_LIMITS.bodyMax),
  mentions: z.array(userIdSchema).max(COMMENT_LIMITS.mentionsMax).default([]),
});
export type CommentInput = z.input<typeof commentInputSchema>;
