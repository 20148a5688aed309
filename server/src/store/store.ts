import type { AccountStore } from "./accountRecords.ts";
import type { BenchmarkStore } from "./benchmarkRecords.ts";
import type { DocumentLogStore, DocumentVersionStore } from "./documentLogRecords.ts";
import type { FollowUpStore } from "./followUpRecords.ts";
import type { ImageStore } from "./imageRecords.ts";
import type { InvitationStore } from "./invitationRecords.ts";
import type { NotificationStore } from "./notificationRecords.ts";
import type { PaperStore } from "./paperRecords.ts";
import type { ParticipantNameStore } from "./participantNameRecords.ts";
import type { ProjectStore } from "./projectRecords.ts";
import type { RatingStore } from "./ratingRecords.ts";
import type { ReviewStore } from "./reviewRecords.ts";
import type { RoundStore } from "./roundRecords.ts";
import type { SessionStore } from "./sessionRecords.ts";
import type { SuggestionClaimStore } from "./suggestionRecords.ts";
import type { UserStore } from "./userRecords.ts";
import type { VersionStore } from "./versionRecords.ts";
import type { WrapUpStore } from "./wrapUpRecords.ts";

// The records and per-domain interfaces live beside their SQL; importing them from here keeps
// callers independent of that layout.
export type { AccountRecord, RegistrationOutcome, UserRecord, UserStore } from "./userRecords.ts";
export type { SessionRecord, SessionStore } from "./sessionRecords.ts";
export type { MemberRecord, MembershipChange, ReportStatusChangeRecord, ReviewRecord, ReviewStore } from "./reviewRecords.ts";
export type { InvitationRecord, InvitationStore } from "./invitationRecords.ts";
export type { BenchmarkStore } from "./benchmarkRecords.ts";
export type { NetworkReviewRecord, PaperRecord, PaperStore } from "./paperRecords.ts";
export type { DocumentLogStore, DocumentVersionStore, StoredDocument } from "./documentLogRecords.ts";
export type { AccountStore } from "./accountRecords.ts";
export type { FollowUpStore } from "./followUpRecords.ts";
export type { ImageStore } from "./imageRecords.ts";
export type { NotificationStore } from "./notificationRecords.ts";
export type { ParticipantNameStore } from "./participantNameRecords.ts";
export type { ProjectStore } from "./projectRecords.ts";
export type { RatingStore, TeamRatingRecord } from "./ratingRecords.ts";
export type { RoundStore } from "./roundRecords.ts";
export type { SuggestionClaimStore } from "./suggestionRecords.ts";
export type { VersionStore } from "./versionRecords.ts";
export type { WrapUpStore } from "./wrapUpRecords.ts";

/** Raised by the store when a unique constraint is violated (e.g. a taken email). */
export class UniqueViolationError extends Error {
  constructor(readonly constraint: string) {
    super(`unique violation: ${constraint}`);
    this.name = "UniqueViolationError";
  }
}

/**
 * Everything the server persists: the union of the per-domain stores. One implementation over
 * SQL serves both PGlite (embedded) and PostgreSQL; callers never see which. Code that needs one
 * domain takes that domain's interface, not the whole Store.
 */
export interface Store
  extends UserStore,
    SessionStore,
    ReviewStore,
    InvitationStore,
    BenchmarkStore,
    PaperStore,
    VersionStore,
    RatingStore,
    ImageStore,
    AccountStore,
    FollowUpStore,
    NotificationStore,
    SuggestionClaimStore,
    RoundStore,
    ProjectStore,
    ParticipantNameStore,
    WrapUpStore,
    DocumentLogStore,
    DocumentVersionStore {
  readonly kind: "pglite" | "postgres";
  close(): Promise<void>;
}
