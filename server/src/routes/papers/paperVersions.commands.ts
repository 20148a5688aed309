import { paperDocumentName } from "@review/shared";
import { canWritePaper } from "../../auth/paperAccess.ts";
import type { VersionedDocument } from "../../versions/documentVersions.ts";
import type { VersionDeps } from "../../versions/recordVersion.ts";
import { findPaperOr404, type PaperActor } from "./papers.commands.ts";
import type { PaperStore } from "../../store/store.ts";

/**
 * A policy paper's text as a versioned document: every account reads its history (as it reads
 * the paper); its writers name and restore versions, except while it is published.
 */
export async function paperDocument(deps: VersionDeps & { store: PaperStore }, actor: PaperActor, paperId: string): Promise<VersionedDocument> {
  const paper = await findPaperOr404(deps.store, paperId);
  return {
    docName: paperDocumentName(paper.id),
    canWrite: await canWritePaper(deps.store, actor, paper.id),
    locked: paper.status === "published" ? { code: "paper_published", reason: "paper_published_no_restore" } : null,
    writersOnly: "paper_versions_by_writers",
  };
}
