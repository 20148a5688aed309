import type { NetworkRole } from "../schema/networkRole.ts";
import type { ReviewRole } from "../schema/role.ts";
import type { PaperDocumentKind, ReviewDocumentKind } from "./documentName.ts";

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

/**
 * Who may record (or withdraw) a factor's team rating in the board document. Peers write
 * cards and votes in the same document; the server refuses their updates that touch a
 * team rating, and the client offers the rating dialog only to these roles.
 */
export function mayRecordTeamRating(role: ReviewRole | null): boolean {
  return role === "moderator";
}

/** Access of a review member (or `null` for a non-member) to one document kind. */
export function documentAccess(kind: ReviewDocumentKind, role: ReviewRole | null): DocumentAccess {
  if (role === null) return "none";
  return REVIEW_DOCUMENT_PERMISSIONS[kind][role];
}

/**
 * Who may do what with a policy paper's documents. Papers belong to the network, not to a
 * review: administrators and network moderators write every paper, an author (the paper's
 * creator and whoever the creator or an administrator adds) writes that paper, and every
 * other member reads it. Everyone comments.
 */
export type PaperRole = NetworkRole | "author";

export const PAPER_DOCUMENT_PERMISSIONS: Record<PaperDocumentKind, Record<PaperRole, DocumentAccess>> = {
  paper: { administrator: "write", moderator: "write", author: "write", member: "read" },
  comments: { administrator: "write", moderator: "write", author: "write", member: "write" },
};

/** The role an account has towards one paper: its network role, or `author` for a member who authors it. */
export function paperRoleOf(networkRole: NetworkRole, isAuthor: boolean): PaperRole {
  if (networkRole !== "member") return networkRole;
  return isAuthor ? "author" : "member";
}

/** Access of a registered account to one document kind of a paper. */
export function paperDocumentAccess(kind: PaperDocumentKind, role: PaperRole): DocumentAccess {
  return PAPER_DOCUMENT_PERMISSIONS[kind][role];
}
