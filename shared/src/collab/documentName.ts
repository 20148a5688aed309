import { z } from "zod";

/** The documents of one review, each a Y.Doc of its own (see DESIGN.md). */
export const REVIEW_DOCUMENT_KINDS = ["board", "ratings", "self", "report", "comments", "programme", "brief", "questions"] as const;
export type ReviewDocumentKind = (typeof REVIEW_DOCUMENT_KINDS)[number];

/** The Y.XmlFragment of a report or paper that holds the Tiptap content (public contract). */
export const EDITOR_FRAGMENT = "content";

/** The documents of one policy paper: its text (`paper:<id>`) and its comment threads. */
export const PAPER_DOCUMENT_KINDS = ["paper", "comments"] as const;
export type PaperDocumentKind = (typeof PAPER_DOCUMENT_KINDS)[number];

export type DocumentRef =
  | { scope: "review"; reviewId: string; kind: ReviewDocumentKind }
  | { scope: "paper"; paperId: string; kind: PaperDocumentKind }
  /** A user's own inbox (unread count), written by the server, read by that user alone. */
  | { scope: "user"; userId: string; kind: "inbox" }
  /** The network's score card signal (see `api/scorecard` SCORECARD_SIGNAL), written by the server, read by every account. */
  | { scope: "network"; kind: "scorecard" };

const reviewDocPattern = /^review:([a-z0-9]{16}):(board|ratings|self|report|comments|programme|brief|questions)$/;
const paperDocPattern = /^paper:([a-z0-9]{16})(:comments)?$/;
const userDocPattern = /^user:([a-z0-9]{16}):inbox$/;
/** The one network-wide document. */
export const SCORECARD_DOCUMENT_NAME = "network:scorecard";

export const documentNameSchema = z
  .string()
  .max(100)
  .refine((name) => parseDocumentName(name) !== null, { message: "Unknown document name" });

/** Parses `review:<id>:<kind>`, `paper:<id>`, `paper:<id>:comments`, `user:<id>:inbox` and `network:scorecard`; returns null for anything else. */
export function parseDocumentName(name: string): DocumentRef | null {
  const review = reviewDocPattern.exec(name);
  if (review) return { scope: "review", reviewId: review[1]!, kind: review[2] as ReviewDocumentKind };
  const paper = paperDocPattern.exec(name);
  if (paper) return { scope: "paper", paperId: paper[1]!, kind: paper[2] ? "comments" : "paper" };
  const user = userDocPattern.exec(name);
  if (user) return { scope: "user", userId: user[1]!, kind: "inbox" };
  if (name === SCORECARD_DOCUMENT_NAME) return { scope: "network", kind: "scorecard" };
  return null;
}

/** The prefix every policy paper document name starts with. */
export const PAPER_DOCUMENT_PREFIX = "paper:";

/** `paper:<id>` (the text) or `paper:<id>:comments` (its threads). */
export function paperDocumentName(paperId: string, kind: PaperDocumentKind = "paper"): string {
  return kind === "paper" ? `paper:${paperId}` : `paper:${paperId}:comments`;
}

export function reviewDocumentName(reviewId: string, kind: ReviewDocumentKind): string {
  return `review:${reviewId}:${kind}`;
}

/** The prefix every document name of one review starts with. */
export function reviewDocumentPrefix(reviewId: string): string {
  return `review:${reviewId}:`;
}

/** `user:<id>:inbox`: the user's unread notifications count (see `api/notifications.ts`). */
export function inboxDocumentName(userId: string): string {
  return `user:${userId}:inbox`;
}
