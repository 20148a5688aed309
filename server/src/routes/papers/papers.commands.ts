import type { CreatePaperRequest, Paper, PaperListResponse, PaperResponse, UpdatePaperRequest } from "@review/shared";
import { mayWriteEveryPaper, paperIdSchema } from "@review/shared";
import { canManagePaperAuthors, canWritePaper } from "../../auth/paperAccess.ts";
import { requireNetworkRole, type NetworkActor } from "../../auth/networkRole.ts";
import { notFound, forbidden } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import type { PaperRecord, PaperStore } from "../../store/store.ts";

/** Who asks: the signed-in account. */
export type PaperActor = NetworkActor;


function toPaper(record: PaperRecord): Paper {
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    status: record.status,
    createdBy: record.createdBy ? { id: record.createdBy, name: record.createdByName ?? "" } : null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The paper, or 404; a malformed id is not found like an unknown one (the id is part of the path). */
export async function findPaperOr404(store: PaperStore, paperId: string): Promise<PaperRecord> {
  const record = paperIdSchema.safeParse(paperId).success ? await store.findPaper(paperId) : null;
  if (!record) throw notFound("paper_not_found");
  return record;
}

export async function paperResponse(store: PaperStore, actor: PaperActor, record: PaperRecord): Promise<PaperResponse> {
  const [canWrite, members, authors] = await Promise.all([
    canWritePaper(store, actor, record.id),
    store.listNetworkMembers(),
    store.listPaperAuthors(record.id),
  ]);
  return { paper: toPaper(record), canWrite, members, authors, canManageAuthors: canManagePaperAuthors(actor, record) };
}

/** Every paper of the network, for every registered account; `canWrite` says whether the caller may create papers. */
export async function listPapers(store: PaperStore, actor: PaperActor): Promise<PaperListResponse> {
  const papers = await store.listPapers();
  return { papers: papers.map(toPaper), canWrite: mayWriteEveryPaper(actor.networkRole) };
}

/** One paper, with whether the caller writes it and who its authors are. */
export async function getPaper(store: PaperStore, actor: PaperActor, paperId: string): Promise<PaperResponse> {
  return paperResponse(store, actor, await findPaperOr404(store, paperId));
}

/** Creates a paper (network moderators and administrators); its creator is its first author; its text starts empty. */
export async function createPaper(store: PaperStore, actor: PaperActor, input: CreatePaperRequest): Promise<PaperResponse> {
  requireNetworkRole(actor, mayWriteEveryPaper, "network_creates_papers");
  const record = await store.createPaper({ id: newId(), title: input.title, summary: input.summary ?? "", createdBy: actor.id });
  return paperResponse(store, actor, record);
}

/** Changes a paper's title or summary (its authors, network moderators and administrators). */
export async function updatePaper(store: PaperStore, actor: PaperActor, paperId: string, patch: UpdatePaperRequest): Promise<PaperResponse> {
  await findPaperOr404(store, paperId);
  if (!(await canWritePaper(store, actor, paperId))) {
    throw forbidden("paper_changed_by_authors");
  }
  const record = await store.updatePaper(paperId, patch);
  if (!record) throw notFound("paper_not_found");
  return paperResponse(store, actor, record);
}
