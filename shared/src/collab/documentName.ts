import { z } from "zod";

/** The documents of one review, each a Y.Doc of its own (see DESIGN.md). */
export const REVIEW_DOCUMENT_KINDS = ["board", "self", "report", "comments"] as const;
export type ReviewDocumentKind = (typeof REVIEW_DOCUMENT_KINDS)[number];

/** The Y.XmlFragment of a report or paper that holds the Tiptap content (public contract). */
export const EDITOR_FRAGMENT = "content";

export type DocumentRef = { scope: "review"; reviewId: string; kind: ReviewDocumentKind };

const reviewDocPattern = /^review:([a-z0-9]{16}):(board|self|report|comments)$/;

export const documentNameSchema = z.string().max(100).regex(reviewDocPattern, { message: "Unknown document name" });

/** Parses `review:<id>:<kind>`; returns null for anything else. */
export function parseDocumentName(name: string): DocumentRef | null {
  const match = reviewDocPattern.exec(name);
  if (!match) return null;
  return { scope: "review", reviewId: match[1]!, kind: match[2] as ReviewDocumentKind };
}

export function reviewDocumentName(reviewId: string, kind: ReviewDocumentKind): string {
  return `review:${reviewId}:${kind}`;
}

/** The prefix every document name of one review starts with. */
export function reviewDocumentPrefix(reviewId: string): string {
  return `review:${reviewId}:`;
}
