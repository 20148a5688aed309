import { CLOSE_CODES, paperDocumentName, type PaperAuthorsResponse } from "@review/shared";
import { canManagePaperAuthors } from "../../auth/paperAccess.ts";
import type { NetworkActor } from "../../auth/networkRole.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { refusal, notFound, forbidden } from "../../errors/apiError.ts";
import type { PaperRecord, PaperStore, UserStore } from "../../store/store.ts";
import { findPaperOr404 } from "./papers.commands.ts";

type Deps = { store: PaperStore & UserStore; rooms: RoomRegistry };

async function requireAuthorManager(store: PaperStore & UserStore, actor: NetworkActor, paperId: string): Promise<PaperRecord> {
  const paper = await findPaperOr404(store, paperId);
  if (!canManagePaperAuthors(actor, paper)) throw forbidden("paper_authors_chosen_by_creator");
  return paper;
}

/** Their open sockets to the paper reconnect with the new access (its text and threads alike). */
function closePaperConnections(rooms: RoomRegistry, paperId: string, userId: string): void {
  rooms.closeUserConnections(paperDocumentName(paperId), userId, CLOSE_CODES.permissionsChanged, "Your authorship of this paper changed");
}

/** Makes an account an author of the paper (the creator or an administrator asks); 409 when it already is. */
export async function addPaperAuthor(deps: Deps, actor: NetworkActor, paperId: string, userId: string): Promise<PaperAuthorsResponse> {
  await requireAuthorManager(deps.store, actor, paperId);
  if (!(await deps.store.findUserById(userId))) throw notFound("account_not_found");
  if (!(await deps.store.addPaperAuthor({ paperId, userId, addedBy: actor.id }))) throw refusal("conflict", "paper_author_exists");
  closePaperConnections(deps.rooms, paperId, userId);
  return { authors: await deps.store.listPaperAuthors(paperId) };
}

/** Removes an author; the creator stays one (409). Their open sockets reconnect with the access left. */
export async function removePaperAuthor(deps: Deps, actor: NetworkActor, paperId: string, userId: string): Promise<void> {
  const paper = await requireAuthorManager(deps.store, actor, paperId);
  if (paper.createdBy === userId) throw refusal("conflict", "paper_creator_stays_author");
  if (!(await deps.store.removePaperAuthor(paperId, userId))) throw notFound("not_paper_author");
  closePaperConnections(deps.rooms, paperId, userId);
}
