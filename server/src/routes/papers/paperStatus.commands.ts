import { CLOSE_CODES, canTransitionPaper, paperDocumentName, type PaperResponse, type PaperStatus } from "@review/shared";
import { canWritePaper } from "../../auth/paperAccess.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { forbidden, refusal } from "../../errors/apiError.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, PaperStore, RatingStore, ReviewStore, VersionStore } from "../../store/store.ts";
import { recordDocumentVersion } from "../../versions/recordVersion.ts";
import { findPaperOr404, paperResponse, type PaperActor } from "./papers.commands.ts";

type PaperStatusDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & PaperStore & RatingStore & ReviewStore & VersionStore; rooms: RoomRegistry };

const STATUS_CHANGED_REASON = "The paper's status changed";

/**
 * Moves a paper to `to` (its writers only). Open connections to its text close with 4409 so
 * they come back with the access the new status grants (read-only for all once published),
 * and the text is kept as a version labelled with the new status.
 */
export async function changePaperStatus(deps: PaperStatusDeps, actor: PaperActor, paperId: string, to: PaperStatus): Promise<PaperResponse> {
  const paper = await findPaperOr404(deps.store, paperId);
  if (!(await canWritePaper(deps.store, actor, paperId))) throw forbidden("paper_changed_by_authors");
  const from = paper.status;
  if (from === to) throw refusal("invalid_transition", "paper_status_unchanged");
  if (!canTransitionPaper(from, to)) throw refusal("invalid_transition", "paper_status_transition_refused");
  const changed = await deps.store.changePaperStatus({ paperId, from, to, actorId: actor.id, at: new Date() });
  if (!changed) throw refusal("invalid_transition", "paper_status_changed_meanwhile");
  const docName = paperDocumentName(paperId);
  deps.rooms.closeDocumentConnections(docName, CLOSE_CODES.permissionsChanged, STATUS_CHANGED_REASON);
  try {
    await recordDocumentVersion(deps, docName, { kind: "status", label: to, createdBy: actor.id });
  } catch (error) {
    // The status is committed; a missing snapshot must not turn it into an error for the writer.
    console.error(`[papers] recording the ${to} version of paper ${paperId} failed`, error);
  }
  return paperResponse(deps.store, actor, (await findPaperOr404(deps.store, paperId)));
}
