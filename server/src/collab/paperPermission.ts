import { lockedPaperAccess, paperDocumentAccess, type PaperDocumentKind } from "@review/shared";
import { paperRoleFor } from "../auth/paperAccess.ts";
import type { PaperStore, UserStore } from "../store/store.ts";
import type { DocumentPermission } from "./permission.ts";

/**
 * What a registered account may do with `paper:<id>` or `paper:<id>:comments`. Papers are
 * readable by every account, so an unknown paper is plainly not found (nothing to hide).
 * The network role is read from the database at each connection, and a change of role or
 * authorship closes the account's paper sockets, so the access is never stale.
 * In presence, a writer shows as "moderator" and everyone else as "partner" (a network
 * member following the paper), the awareness roles the client already knows.
 */
export async function resolvePaperPermission(store: PaperStore & UserStore, userId: string, ref: { paperId: string; kind: PaperDocumentKind }): Promise<DocumentPermission> {
  const [paper, user] = await Promise.all([store.findPaper(ref.paperId), store.findUserById(userId)]);
  if (!paper) return { kind: "not_found" };
  if (!user) return { kind: "forbidden" };
  const role = await paperRoleFor(store, user, ref.paperId);
  // A published paper's text is read-only for everyone; its comments stay open.
  const roleAccess = paperDocumentAccess(ref.kind, role);
  const access = ref.kind === "paper" ? lockedPaperAccess(roleAccess, paper.status) : roleAccess;
  if (access === "none") return { kind: "forbidden" };
  const writesText = paperDocumentAccess("paper", role) === "write";
  return { kind: "granted", access, role: writesText ? "moderator" : "partner" };
}
