import { z } from "zod";
import type { DocumentAccess } from "../collab/permissions.ts";

/**
 * Where a policy paper stands: its authors draft it, the network's steering group reviews it
 * (everyone comments, the authors still write), then it is published and its text is fixed.
 */
export const PAPER_STATUSES = ["draft", "steering_review", "published"] as const;
export const paperStatusSchema = z.enum(PAPER_STATUSES);
export type PaperStatus = z.infer<typeof paperStatusSchema>;

/** English names of the statuses, for exports and version labels (the client translates its own). */
export const PAPER_STATUS_LABELS: Record<PaperStatus, string> = { draft: "Draft", steering_review: "Steering group review", published: "Published" };

/** The moves a paper's writers may make; a published paper is reopened as a draft. */
export const PAPER_STATUS_TRANSITIONS: Record<PaperStatus, readonly PaperStatus[]> = {
  draft: ["steering_review", "published"],
  steering_review: ["draft", "published"],
  published: ["draft"],
};

export function canTransitionPaper(from: PaperStatus, to: PaperStatus): boolean {
  return PAPER_STATUS_TRANSITIONS[from].includes(to);
}

/** A published paper's text is read-only for everyone, its writers included. */
export function lockedPaperAccess(access: DocumentAccess, status: PaperStatus): DocumentAccess {
  return status === "published" && access === "write" ? "read" : access;
}
