import type { CreatePaperRequest, Paper, PaperListResponse, PaperResponse, UpdatePaperRequest } from "@review/shared";
import { paperIdSchema } from "@review/shared";
import { networkRoleOf } from "../../auth/networkRole.ts";
import { forbidden, notFound } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import type { PaperRecord, Store } from "../../store/store.ts";

/** Who asks: the signed-in account. */
export type PaperActor = { id: string; isAdmin: boolean };

const PAPER_NOT_FOUND = "Policy paper not found";

function toPaper(record: PaperRecord): Paper {
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    createdBy: record.createdBy ? { id: record.createdBy, name: record.createdByName ?? "" } : null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

async function canWritePapers(store: Store, actor: PaperActor): Promise<boolean> {
  return (await networkRoleOf(store, actor)) === "moderator";
}

async function requirePaperWriter(store: Store, actor: PaperActor): Promise<void> {
  if (!(await canWritePapers(store, actor))) {
    throw forbidden("Only network moderators (administrators and review moderators) can write policy papers");
  }
}

/** Every paper of the network, for every registered account. */
export async function listPapers(store: Store, actor: PaperActor): Promise<PaperListResponse> {
  const [papers, canWrite] = await Promise.all([store.listPapers(), canWritePapers(store, actor)]);
  return { papers: papers.map(toPaper), canWrite };
}

/** One paper; a malformed id is not found like an unknown one (the id is part of the path). */
export async function getPaper(store: Store, actor: PaperActor, paperId: string): Promise<PaperResponse> {
  const record = paperIdSchema.safeParse(paperId).success ? await store.findPaper(paperId) : null;
  if (!record) throw notFound(PAPER_NOT_FOUND);
  const [canWrite, members] = await Promise.all([canWritePapers(store, actor), store.listNetworkMembers()]);
  return { paper: toPaper(record), canWrite, members };
}

/** Creates a paper (network moderators only); its text starts empty. */
export async function createPaper(store: Store, actor: PaperActor, input: CreatePaperRequest): Promise<PaperResponse> {
  await requirePaperWriter(store, actor);
  const record = await store.createPaper({ id: newId(), title: input.title, summary: input.summary ?? "", createdBy: actor.id });
  return { paper: toPaper(record), canWrite: true, members: await store.listNetworkMembers() };
}

/** Changes a paper's title or summary (network moderators only). */
export async function updatePaper(store: Store, actor: PaperActor, paperId: string, patch: UpdatePaperRequest): Promise<PaperResponse> {
  await getPaper(store, actor, paperId);
  await requirePaperWriter(store, actor);
  const record = await store.updatePaper(paperId, patch);
  if (!record) throw notFound(PAPER_NOT_FOUND);
  return { paper: toPaper(record), canWrite: true, members: await store.listNetworkMembers() };
}
