import { mayWriteEveryPaper, paperDocumentAccess, paperRoleOf, type PaperRole } from "@review/shared";
import type { NetworkActor } from "./networkRole.ts";
import type { PaperRecord, PaperStore } from "../store/store.ts";

/**
 * The actor's role towards one paper, from the shared permission table's point of view. The
 * authorship is looked up only for members (administrators and network moderators write every paper).
 */
export async function paperRoleFor(store: PaperStore, actor: NetworkActor, paperId: string): Promise<PaperRole> {
  if (mayWriteEveryPaper(actor.networkRole)) return actor.networkRole;
  return paperRoleOf(actor.networkRole, await store.isPaperAuthor(paperId, actor.id));
}

/** Whether the actor writes the paper's text, title and summary (the same rule as the socket's). */
export async function canWritePaper(store: PaperStore, actor: NetworkActor, paperId: string): Promise<boolean> {
  return paperDocumentAccess("paper", await paperRoleFor(store, actor, paperId)) === "write";
}

/** Whether the actor chooses the paper's authors: its creator and administrators. */
export function canManagePaperAuthors(actor: NetworkActor, paper: PaperRecord): boolean {
  return actor.networkRole === "administrator" || paper.createdBy === actor.id;
}
