import {
  documentAccess,
  findOccurrences,
  paperDocumentName,
  reviewDocumentName,
  SEARCH_LIMITS,
  type ReviewDocumentKind,
  type SearchResponse,
  type SearchResult,
} from "@review/shared";
import type * as Y from "yjs";
import { readDocument, type ExportDeps } from "../../export/loadReport.ts";
import { boardPieces, commentPieces, editorPieces, type TextPiece } from "./documentText.ts";
import type { PaperStore } from "../../store/store.ts";

const CONTEXT = 60;

/** Words around [start, end) of `text`, cut at word boundaries, whitespace collapsed. */
function snippet(text: string, start: number, end: number): Pick<SearchResult, "before" | "match" | "after"> {
  const clean = (value: string) => value.replace(/\s+/g, " ");
  let before = text.slice(Math.max(0, start - CONTEXT), start);
  if (start > CONTEXT) before = `…${before.replace(/^\S*\s/, "")}`;
  let after = text.slice(end, end + CONTEXT);
  if (end + CONTEXT < text.length) after = `${after.replace(/\s\S*$/, "")}…`;
  return { before: clean(before), match: clean(text.slice(start, end)), after: clean(after) };
}

type Where = Pick<SearchResult, "kind" | "title" | "reviewId" | "paperId">;

function matches(pieces: (TextPiece & { quote?: string })[], query: string, where: Where): SearchResult[] {
  const results: SearchResult[] = [];
  for (const piece of pieces) {
    for (const [start, end] of findOccurrences(piece.text, query, SEARCH_LIMITS.maxPerDocument - results.length)) {
      // The text to find when the result opens the report or paper: the match with its own words around it.
      const find = piece.quote ?? (piece.find ? piece.text.slice(Math.max(0, start - 20), Math.min(piece.text.length, end + 20)).trim() : null);
      results.push({ ...where, factorId: piece.factorId ?? null, cardId: piece.cardId ?? null, ...snippet(piece.text, start, end), find: find || null });
    }
    if (results.length >= SEARCH_LIMITS.maxPerDocument) break;
  }
  return results;
}

/**
 * Searches what the caller may read: the report, evidence cards and comments of every review
 * they belong to (as their role allows), and every policy paper of the network. Case and
 * accents are ignored. At most SEARCH_LIMITS.maxResults results, SEARCH_LIMITS.maxPerDocument
 * from one document, reviews first (newest first), then papers.
 */
export async function searchEverything(deps: ExportDeps & { store: PaperStore }, userId: string, query: string): Promise<SearchResponse> {
  const results: SearchResult[] = [];
  let truncated = false;
  const add = (found: SearchResult[]) => {
    for (const result of found) {
      if (results.length >= SEARCH_LIMITS.maxResults) {
        truncated = true;
        return;
      }
      results.push(result);
    }
  };
  const reviews = await deps.store.listReviewsForUser(userId);
  const searchable: [ReviewDocumentKind, SearchResult["kind"], (doc: Y.Doc) => (TextPiece & { quote?: string })[]][] = [
    ["report", "report", editorPieces],
    ["board", "card", boardPieces],
    ["comments", "comment", commentPieces],
  ];
  for (const review of reviews) {
    for (const [kind, resultKind, read] of searchable) {
      if (documentAccess(kind, review.role) === "none") continue;
      const pieces = await readDocument(deps, reviewDocumentName(review.id, kind), read);
      add(matches(pieces, query, { kind: resultKind, title: review.title, reviewId: review.id, paperId: null }));
    }
  }
  for (const paper of await deps.store.listPapers()) {
    const pieces = await readDocument(deps, paperDocumentName(paper.id), editorPieces);
    add(matches(pieces, query, { kind: "paper", title: paper.title, reviewId: null, paperId: paper.id }));
  }
  return { results, truncated };
}
