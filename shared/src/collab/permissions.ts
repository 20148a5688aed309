import type { ReviewRole } from "../schema/role.ts";
import type { ReviewDocumentKind } from "./documentName.ts";

export type DocumentAccess = "write" | "read" | "none";

/**
 * Who may do what with each review document. The single source for the server
 * (which enforces it on every connection) and the client (which reflects it).
 */
export const REVIEW_DOCUMENT_PERMISSIONS: Record<ReviewDocumentKind, Record<ReviewRole, DocumentAccess>> = {
  board: { moderator: "write", peer: "write", host: "read", partner: "read" },
  self: { moderator: "write", peer: "read", host: "write", partner: "read" },
  report: { moderator: "write", peer: "write", host: "read", partner: "read" },
  comments: { moderator: "write", peer: "write", host: "write", partner: "write" },
};

/** Access of a review member (or `null` for a non-member) to one document kind. */
export function documentAccess(kind: ReviewDocumentKind, role: ReviewRole | null): DocumentAccess {
  if (role === null) return "none";
  return REVIEW_DOCUMENT_PERMISSIONS[kind][role];
}
