import type { Benchmark, LocaleCode, NetworkRole, PaperStatus, ReportStatus, ReviewRole } from "@review/shared";
import type { AccountStore } from "./accountRecords.ts";
import type { FollowUpStore } from "./followUpRecords.ts";
import type { SuggestionClaimStore } from "./suggestionRecords.ts";
import type { RoundStore } from "./roundRecords.ts";
import type { ParticipantNameStore } from "./participantNameRecords.ts";
import type { WrapUpStore } from "./wrapUpRecords.ts";
import type { ImageStore } from "./imageRecords.ts";
import type { NotificationStore } from "./notificationRecords.ts";
import type { RatingStore } from "./ratingRecords.ts";
import type { VersionStore } from "./versionRecords.ts";

/** A user row, including what never leaves the server. */
export type UserRecord = {
  id: string;
  email: string;
  name: string;
  color: string;
  /** The account's role in the network; only an administrator changes it. */
  networkRole: NetworkRole;
  /** `networkRole === "administrator"`. */
  isAdmin: boolean;
  /** The language of the interface and of the exports this user makes. */
  locale: LocaleCode;
  passwordHash: string;
  createdAt: Date;
  /** When an administrator deactivated the account (no sign-in, no session), else null. */
  deactivatedAt: Date | null;
};

/** An account as the administrator's network page lists it. */
export type AccountRecord = Pick<UserRecord, "id" | "email" | "name" | "color" | "networkRole" | "createdAt" | "deactivatedAt">;

/** What changing an account's network role did. */
export type NetworkRoleChange = "changed" | "unchanged" | "not_found" | "last_administrator" | "actor_not_administrator";

/** A session row. `idHash` is the hex SHA-256 of the session id; the id itself is never stored. */
export type SessionRecord = {
  idHash: string;
  userId: string;
  expiresAt: Date;
};

export type ReviewRecord = {
  id: string;
  title: string;
  hostProject: string;
  createdBy: string;
  createdAt: Date;
  benchmarkId: string | null;
  benchmarkVersion: string | null;
  /** Theme module ids chosen for the review; the core module always applies. */
  modules: string[];
  country: string;
  /** The review's theme: a thematic module id of its benchmark version, or null. */
  themeModuleId: string | null;
  /** ISO dates (YYYY-MM-DD) of the study visit, when planned. */
  visitStart: string | null;
  visitEnd: string | null;
  /** The findings report's status; `final` makes the report read-only for everyone. */
  reportStatus: ReportStatus;
  reportStatusChangedAt: Date | null;
  /** The user id of who last changed the status, and their name (null when the account is gone). */
  reportStatusChangedBy: string | null;
  reportStatusChangedByName: string | null;
};

/** One report status change, from the audit events. */
export type ReportStatusChangeRecord = {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  from: ReportStatus;
  to: ReportStatus;
};

export type ReviewDetailsPatch = Partial<Pick<ReviewRecord, "title" | "hostProject" | "country" | "themeModuleId" | "visitStart" | "visitEnd" | "modules">>;

export type InvitationRecord = {
  id: string;
  code: string;
  reviewId: string;
  role: ReviewRole;
  email: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedBy: string | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export type MemberRecord = {
  reviewId: string;
  userId: string;
  role: ReviewRole;
  name: string;
  email: string;
  color: string;
};

/** A policy paper's metadata (its text is the document `paper:<id>`). */
export type PaperRecord = {
  id: string;
  title: string;
  summary: string;
  status: PaperStatus;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** What the network-wide score card shows of a review (every account may see it). */
export type NetworkReviewRecord = Pick<ReviewRecord, "id" | "title" | "hostProject" | "country" | "themeModuleId" | "modules" | "benchmarkVersion">;

/** A stored document: the latest snapshot (if any) and the log rows after it, in order. */
export type StoredDocument = {
  snapshot: Uint8Array | null;
  /** The log seq the snapshot covers (0 without one). */
  snapshotSeq: number;
  updates: { seq: number; data: Uint8Array }[];
};

/** What registering an account came to: created, or why nothing was written. */
export type RegistrationOutcome =
  | { kind: "created"; user: UserRecord; reviewId: string | null }
  | { kind: "invitation_unusable" }
  | { kind: "invitation_for_other"; email: string }
  | { kind: "invite_only" }
  | { kind: "email_taken" };

/** What accepting an invitation as a signed-in user came to. */
export type InvitationAcceptance =
  | { kind: "accepted"; reviewId: string }
  /** Already a member: nothing changed and the invitation stays open for the person it was made for. */
  | { kind: "already_member"; reviewId: string }
  | { kind: "unusable" }
  | { kind: "for_other"; email: string };

/** What a role change or removal came to; only `changed` wrote anything. */
export type MembershipChange =
  | { kind: "changed"; previous: ReviewRole }
  /** No such review, or the actor is not (or no longer) a member of it. */
  | { kind: "no_review" }
  | { kind: "not_moderator" }
  | { kind: "not_member" }
  | { kind: "last_moderator" };

/** Raised by the store when a unique constraint is violated (e.g. a taken email). */
export class UniqueViolationError extends Error {
  constructor(readonly constraint: string) {
    super(`unique violation: ${constraint}`);
    this.name = "UniqueViolationError";
  }
}

/**
 * The document log: what rooms, their durable logs and the journal need of the Store, and all
 * they may use (per-domain interfaces keep a room from reaching users or reviews).
 */
export interface DocumentLogStore {
  /**
   * Appends updates to the document's log in one transaction; resolves with the seq of the last row once stored.
   * Rows of one document become visible in seq order, even across processes. An empty batch stores
   * nothing and resolves with the document's newest seq (0 for a new document).
   */
  appendUpdates(docName: string, updates: Uint8Array[]): Promise<number>;
  /**
   * What a process that has applied every row up to `afterSeq` is missing: the
   * snapshot when it covers rows beyond `afterSeq` (another process compacted them
   * away), and the rows after both, in order.
   */
  loadDocumentSince(docName: string, afterSeq: number): Promise<StoredDocument>;
  /**
   * Calls `listener` whenever any process appends to any document (PostgreSQL's
   * LISTEN/NOTIFY), and `onResubscribed` after a lost subscription is back (listeners
   * must then catch up). Null for stores that only one process can open (PGlite).
   */
  subscribeToAppends:
    | ((listener: (docName: string, seq: number) => void, onResubscribed: () => void, onAccessChange?: (payload: string) => void) => Promise<{ close(): Promise<void> }>)
    | null;
  /**
   * Tells every process subscribed with `onAccessChange` (this one included) about a change of
   * access, as an opaque payload (NOTIFY, at most a few hundred bytes). Null where only one
   * process can open the store.
   */
  announceAccessChange: ((payload: string) => Promise<void>) | null;
  /** The snapshot and the log tail after it. */
  loadDocument(docName: string): Promise<StoredDocument>;
  /**
   * Replaces the snapshot and deletes exactly the log rows with `seq <= upToSeq`,
   * in one transaction. A snapshot older than the stored one (lower `upToSeq`) is ignored.
   */
  compactDocument(docName: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;

}

/**
 * Everything the server persists. One implementation over SQL serves both
 * PGlite (embedded) and PostgreSQL; callers never see which.
 */
export interface Store extends VersionStore, RatingStore, ImageStore, AccountStore, FollowUpStore, NotificationStore, SuggestionClaimStore, RoundStore, ParticipantNameStore, WrapUpStore, DocumentLogStore {
  readonly kind: "pglite" | "postgres";

  // users
  /**
   * Inserts a user; the first user ever created becomes the administrator, every later one a
   * member. Throws UniqueViolationError on a taken email.
   */
  createUser(input: { id: string; email: string; name: string; color: string; passwordHash: string; locale?: LocaleCode }): Promise<UserRecord>;
  /**
   * Creates an account in one transaction with what entitles it: an invitation (checked,
   * consumed and its membership added) or, when `inviteOnly`, being the very first account.
   * Nothing is written unless the outcome is `created`.
   */
  registerUser(input: {
    id: string;
    email: string;
    name: string;
    color: string;
    passwordHash: string;
    locale: LocaleCode;
    invitationCode: string | null;
    inviteOnly: boolean;
    now: Date;
  }): Promise<RegistrationOutcome>;
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  countUsers(): Promise<number>;
  /** Sets the account's language; null when there is no such account. */
  setUserLocale(userId: string, locale: LocaleCode): Promise<UserRecord | null>;
  /** Every account with its network role, by name. */
  listAccounts(): Promise<AccountRecord[]>;
  /**
   * Sets an account's network role in one transaction that refuses to leave the network
   * without an administrator, and refuses an actor who is no longer an administrator
   * (serialised with every other role change and account creation).
   */
  setNetworkRole(input: { userId: string; role: NetworkRole; actorId: string }): Promise<NetworkRoleChange>;

  // sessions
  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<{ session: SessionRecord; user: UserRecord } | null>;
  updateSessionExpiry(idHash: string, expiresAt: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteUserSessions(userId: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;

  // reviews and memberships
  /** Creates the review and makes its creator the moderator, in one transaction. */
  createReview(input: {
    id: string;
    title: string;
    hostProject: string;
    createdBy: string;
    benchmarkId: string;
    benchmarkVersion: string;
    modules: string[];
    country?: string;
    themeModuleId?: string | null;
    visitStart?: string | null;
    visitEnd?: string | null;
  }): Promise<ReviewRecord>;
  updateReview(id: string, patch: ReviewDetailsPatch): Promise<ReviewRecord | null>;
  findReview(id: string): Promise<ReviewRecord | null>;
  listReviewsForUser(userId: string): Promise<(ReviewRecord & { role: ReviewRole })[]>;
  findMembership(reviewId: string, userId: string): Promise<ReviewRole | null>;
  /** Adds a member or changes the role of an existing one (seeding and store tests; routes use addMember / changeMembership). */
  upsertMember(reviewId: string, userId: string, role: ReviewRole): Promise<void>;
  /** Adds a user who is not a member yet; false (and nothing written) when they already are one. */
  addMember(reviewId: string, userId: string, role: ReviewRole): Promise<boolean>;
  /**
   * Changes a member's role, or removes them (`role: null`), on behalf of `actorId`, in one
   * transaction that holds the review row's lock: the actor must moderate the review at that
   * moment, and the review keeps at least one moderator, however many such changes race.
   */
  changeMembership(input: { reviewId: string; actorId: string; memberId: string; role: ReviewRole | null }): Promise<MembershipChange>;
  listMembers(reviewId: string): Promise<MemberRecord[]>;
  /** Removes a member; false when they were not one. */
  removeMember(reviewId: string, userId: string): Promise<boolean>;

  // report workflow
  /**
   * Moves the report from `from` to `to` and records an audit event, in one transaction.
   * False (and nothing written) when the review is no longer in `from`.
   */
  changeReportStatus(input: { reviewId: string; from: ReportStatus; to: ReportStatus; actorId: string; at: Date }): Promise<boolean>;
  /** The review's report status changes, newest first. */
  listReportStatusChanges(reviewId: string): Promise<ReportStatusChangeRecord[]>;

  // invitations
  createInvitation(input: Omit<InvitationRecord, "createdAt" | "acceptedBy" | "acceptedAt" | "revokedAt">): Promise<InvitationRecord>;
  findInvitationByCode(code: string): Promise<InvitationRecord | null>;
  /** Invitations of a review that are neither accepted, revoked nor expired at `now`. */
  listOpenInvitations(reviewId: string, now: Date): Promise<InvitationRecord[]>;
  /**
   * Joins `user` to an open invitation's review with its role and marks it accepted, in one
   * transaction that locks the invitation row (concurrent acceptances: exactly one wins).
   */
  acceptInvitation(code: string, user: { id: string; email: string }, now: Date): Promise<InvitationAcceptance>;
  revokeInvitation(reviewId: string, invitationId: string, now: Date): Promise<boolean>;

  // benchmarks
  /** Stores a benchmark version; false when that (id, version) already exists (versions are immutable). */
  saveBenchmark(benchmark: Benchmark, createdBy: string | null): Promise<boolean>;
  /** The newest version of every benchmark. */
  listBenchmarks(): Promise<Benchmark[]>;
  /** One version, or the newest when `version` is omitted. */
  findBenchmark(id: string, version?: string): Promise<Benchmark | null>;
  /** Every version of one benchmark, newest first (empty when there is no such benchmark). */
  listBenchmarkVersions(id: string): Promise<Benchmark[]>;

  // policy papers and the score card
  /** Inserts a paper, its creator as its first author and its audit event in one transaction. */
  createPaper(input: { id: string; title: string; summary: string; createdBy: string }): Promise<PaperRecord>;
  /** Every paper, most recently changed first. */
  listPapers(): Promise<PaperRecord[]>;
  findPaper(id: string): Promise<PaperRecord | null>;
  updatePaper(id: string, patch: { title?: string; summary?: string }): Promise<PaperRecord | null>;
  /** Compare-and-set of a paper's status, audited; false when it is no longer `from`. */
  changePaperStatus(input: { paperId: string; from: PaperStatus; to: PaperStatus; actorId: string; at: Date }): Promise<boolean>;
  /** Every review on benchmark `benchmarkId` (any version), oldest first. */
  listNetworkReviews(benchmarkId: string): Promise<NetworkReviewRecord[]>;
  /** Ids of the reviews `userId` is a member of. */
  listMemberReviewIds(userId: string): Promise<Set<string>>;
  /** Every registered account (the network's members), by name, without emails. */
  listNetworkMembers(): Promise<{ userId: string; name: string; color: string }[]>;
  /** A paper's authors (its creator first, then by when they were added), without emails. */
  listPaperAuthors(paperId: string): Promise<{ userId: string; name: string; color: string }[]>;
  isPaperAuthor(paperId: string, userId: string): Promise<boolean>;
  /** Adds an author; false when they already were one. */
  addPaperAuthor(input: { paperId: string; userId: string; addedBy: string }): Promise<boolean>;
  /** Removes an author; false when they were not one. */
  removePaperAuthor(paperId: string, userId: string): Promise<boolean>;

  close(): Promise<void>;
}
