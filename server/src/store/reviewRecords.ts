import type { ReportStatus, ReviewRole } from "@review/shared";

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

export type MemberRecord = {
  reviewId: string;
  userId: string;
  role: ReviewRole;
  name: string;
  email: string;
  color: string;
};

/** What a role change or removal came to; only `changed` wrote anything. */
export type MembershipChange =
  | { kind: "changed"; previous: ReviewRole }
  /** No such review, or the actor is not (or no longer) a member of it. */
  | { kind: "no_review" }
  | { kind: "not_moderator" }
  | { kind: "not_member" }
  | { kind: "last_moderator" };

/** Reviews, their members and the report workflow's status. */
export interface ReviewStore {
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
  /**
   * Null for an unknown review; "project_name_taken" when `hostProject` (the first host project's
   * name) is another project's name of the review, case and surrounding blanks ignored.
   */
  updateReview(id: string, patch: ReviewDetailsPatch): Promise<ReviewRecord | null | "project_name_taken">;
  findReview(id: string): Promise<ReviewRecord | null>;
  listReviewsForUser(userId: string): Promise<(ReviewRecord & { role: ReviewRole })[]>;
  findMembership(reviewId: string, userId: string): Promise<ReviewRole | null>;
  /** The review and the user's role in it (null: not a member) in one round trip; null when there is no such review. */
  findReviewWithRole(reviewId: string, userId: string): Promise<{ review: ReviewRecord; role: ReviewRole | null } | null>;
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
}
