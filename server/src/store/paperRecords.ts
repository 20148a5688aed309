import type { PaperStatus } from "@review/shared";
import type { ReviewRecord } from "./reviewRecords.ts";

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

/** Policy papers, their authors, and what the network-wide views read of reviews and members. */
export interface PaperStore {
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
}
