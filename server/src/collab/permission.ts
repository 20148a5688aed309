import { documentAccess, parseDocumentName, type DocumentAccess, type ReviewRole } from "@review/shared";
import type { PaperStore, ReviewStore, UserStore } from "../store/store.ts";
import { resolvePaperPermission } from "./paperPermission.ts";
import { applyReportLock } from "./reportLock.ts";

export type DocumentPermission =
  | { kind: "not_found" }
  | { kind: "forbidden" }
  | { kind: "granted"; access: Exclude<DocumentAccess, "none">; role: ReviewRole };

/** Decides from the shared permission table what a user may do with a document. */
export async function resolveDocumentPermission(store: PaperStore & ReviewStore & UserStore, userId: string, docName: string): Promise<DocumentPermission> {
  const ref = parseDocumentName(docName);
  if (!ref) return { kind: "not_found" };
  if (ref.scope === "paper") return resolvePaperPermission(store, userId, ref);
  // An inbox is its owner's alone, and only the server writes it; others learn nothing of it.
  if (ref.scope === "user") return ref.userId === userId ? { kind: "granted", access: "read", role: "partner" } : { kind: "forbidden" };
  // The score card's change counter: every account reads the card, only the server writes it.
  if (ref.scope === "network") return { kind: "granted", access: "read", role: "partner" };
  const found = await store.findReviewWithRole(ref.reviewId, userId);
  // A non-member learns nothing about whether the review exists.
  if (!found?.role) return { kind: "forbidden" };
  const { review, role } = found;
  const access = applyReportLock(ref.kind, documentAccess(ref.kind, role), review);
  if (access === "none") return { kind: "forbidden" };
  return { kind: "granted", access, role };
}
