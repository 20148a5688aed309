import * as Y from "yjs";
import { EDITOR_FRAGMENT, REVIEW_ROLES, findThemeModule, reviewDocumentName, type Benchmark, type LocaleCode, type ReviewDetail } from "@review/shared";
import { readBoard, type FactorState } from "@review/shared/board";
import { withRatings } from "@review/shared/ratings";
import { readRecommendationDecisions } from "@review/shared/self";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import { loadRatingsState } from "../ratings/ratingsState.ts";
import type { BenchmarkStore, DocumentLogStore, FollowUpStore, ImageStore, RatingStore, ReviewStore } from "../store/store.ts";
import { attachImages } from "./imageFile.ts";
import { ratingTable } from "./ratingTable.ts";
import { factorCatalogue, type MemberGroup, type ReportDocument, type ReportMeta } from "./reportDocument.ts";
import { withFollowUps } from "../recommendations/followUps.ts";
import { recommendationRowsOf } from "../recommendations/documentRecommendations.ts";
import { addresseeRows, decisionRows, readRecommendations } from "./recommendations.ts";
import { cleanText, readReport } from "./reportModel.ts";

export type ExportDeps = { store: BenchmarkStore & DocumentLogStore & FollowUpStore & ImageStore & RatingStore & ReviewStore; rooms: RoomRegistry };

/**
 * Reads a document without loading it into a room: the live copy when a room has it
 * (newest, including edits still on their way to the store), else snapshot + log from
 * the store in a throwaway Y.Doc. `read` runs synchronously on the doc, which may be a
 * room's: it must not keep it.
 */
export async function readDocument<T>(deps: ExportDeps, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const live = await deps.rooms.loadedDoc(name);
  if (live) return read(live);
  return readStoredDocument(deps.store, name, read);
}

/** Reads a document as the store has it (snapshot + log) in a throwaway Y.Doc, whether or not a room has it. */
export async function readStoredDocument<T>(store: DocumentLogStore, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const stored = await store.loadDocument(name);
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const row of stored.updates) Y.applyUpdate(doc, row.data);
    });
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/** The review's board as it is now: cards from the board document, votes and team ratings from their rows. */
export async function loadBoard(deps: ExportDeps, reviewId: string): Promise<Map<string, FactorState>> {
  const [cards, ratings] = await Promise.all([
    readDocument(deps, reviewDocumentName(reviewId, "board"), (doc) => readBoard(doc)),
    loadRatingsState(deps.store, reviewId),
  ]);
  return withRatings(cards, ratings);
}

/** Single-line text for the title block: no control characters, whitespace collapsed. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, " ").trim();
}

/**
 * Everything an export of the review's findings report shows, with what the export writes
 * itself in `locale`. `review` is what its member may see (authorisation happened when it
 * was read); the report and the board are read as they are now.
 */
export async function loadReportDocument(deps: ExportDeps, review: ReviewDetail, locale: LocaleCode, now = new Date()): Promise<ReportDocument> {
  const benchmark: Benchmark | null = review.benchmark ? await deps.store.findBenchmark(review.benchmark.id, review.benchmark.version) : null;
  const factors = factorCatalogue(benchmark, locale);
  const [report, board, decisions, recommendationRows] = await Promise.all([
    readDocument(deps, reviewDocumentName(review.id, "report"), (doc) => {
      const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
      return { blocks: readReport(fragment), recommendations: readRecommendations(fragment) };
    }),
    loadBoard(deps, review.id),
    readDocument(deps, reviewDocumentName(review.id, "self"), (doc) => readRecommendationDecisions(doc)),
    recommendationRowsOf(deps.store, { kind: "review", id: review.id }),
  ]);
  const meta: ReportMeta = {
    title: oneLine(review.title),
    hostProject: oneLine(review.hostProject),
    country: oneLine(review.country),
    theme: benchmark ? oneLine(findThemeModule(benchmark, review.themeModuleId)?.name ?? "") : "",
    visitStart: review.visitStart,
    visitEnd: review.visitEnd,
    benchmark: benchmark ? { name: oneLine(benchmark.name), version: oneLine(benchmark.version) } : null,
    modules: benchmark
      ? benchmark.modules.filter((module) => module.kind === "core" || review.modules.includes(module.id)).map((module) => oneLine(module.name))
      : [],
    members: memberGroups(review, locale),
    exportedAt: now,
    status: {
      status: review.reportStatus,
      changedAt: review.reportStatusChangedAt,
      changedBy: review.reportStatusChangedBy === null ? null : oneLine(review.reportStatusChangedBy),
    },
  };
  await attachImages(deps.store, reviewDocumentName(review.id, "report"), report.blocks);
  const memberNames = new Map(review.members.map((member) => [member.userId, oneLine(member.name)]));
  return {
    locale,
    meta,
    blocks: report.blocks,
    factors,
    ratings: ratingTable(benchmark, review.modules, factors, board),
    decisions: decisionRows(report.recommendations, decisions, memberNames, locale),
    addressees: addresseeRows(withFollowUps(report.recommendations, recommendationRows), locale),
  };
}

function memberGroups(review: ReviewDetail, locale: LocaleCode): MemberGroup[] {
  return REVIEW_ROLES.map((role) => ({
    role,
    names: review.members
      .filter((member) => member.role === role)
      .map((member) => oneLine(member.name))
      .sort((a, b) => a.localeCompare(b, locale)),
  })).filter((group) => group.names.length > 0);
}
