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
  // Written by the server alone, from the rating and vote commands (see shared/src/ratings).
  ratings: { moderator: "read", peer: "read", host: "read", partner: "read" },
  self: { moderator: "write", peer: "read", host: "write", partner: "read" },
  report: { moderator: "write", peer: "write", host: "read", partner: "read" },
  // Server-written: comments arrive through the comment commands (see `api/comments.ts`), never over the socket.
  comments: { moderator: "read", peer: "read", host: "read", partner: "read" },
  // The visit programme: planned by the review team, read by hosts and partners. Real names of
  // pseudonymised people are not in it (every member reads it): see mayReadParticipantNames.
  programme: { moderator: "write", peer: "write", host: "read", partner: "read" },
  // The host's preparation documents (project report, baseline context): see `collab/brief.ts`.
  brief: { moderator: "write", peer: "read", host: "write", partner: "read" },
  // The peers' questions to the host; the host answers in `brief` (see `collab/questions.ts`).
  questions: { moderator: "write", peer: "write", host: "read", partner: "read" },
};

/** Who may read and write the real names of pseudonymised people of the visit programme (server-side only). */
export function mayReadParticipantNames(role: ReviewRole | null): boolean {
  return role === "moderator";
}

/**
 * Who may comment on a review's report (open threads, reply, resolve and reopen; edit and
 * delete their own comments), through the comment commands. On a policy paper every
 * registered account may.
 */
export const REVIEW_COMMENTERS: Record<ReviewRole, boolean> = { moderator: true, peer: true, host: true, partner: true };

export function mayComment(role: ReviewRole | null): boolean {
  return role !== null && REVIEW_COMMENTERS[role];
}

/** Who may suggest edits of a review's report (hosts and partners included): every commenter. */
export function maySuggestEdits(role: ReviewRole | null): boolean {
  return mayComment(role);
}

/**
 * Who may accept or reject a suggested edit: the report's writers. The server applies an
 * accepted edit itself, so a host never needs write access to the report.
 */
export function mayDecideSuggestions(role: ReviewRole | null): boolean {
  return role !== null && REVIEW_DOCUMENT_PERMISSIONS.report[role] === "write";
}

/**
 * Who may record (or withdraw) a factor's team rating: the server's rating command checks
 * it, and the client offers the rating dialog only to these roles.
 */
export function mayRecordTeamRating(role: ReviewRole | null): boolean {
  return role === "moderator";
}

/** Who may vote on a factor (their own vote only): the review team, who gather the evidence. */
export function mayVote(role: ReviewRole | null): boolean {
  return role === "moderator" || role === "peer";
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
  // Server-written, like a review's comments: every account comments through the comment commands.
  comments: { administrator: "read", moderator: "read", author: "read", member: "read" },
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
