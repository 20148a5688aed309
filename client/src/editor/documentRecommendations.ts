import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { recommendationIdSchema } from "@review/shared/self";
import { RECOMMENDATION_ATTRIBUTE, RECOMMENDATION_TYPES } from "./recommendation.ts";
import { createIncrementalYTypeSource, useYTypeSource, type YChangeEvents } from "../collab/yTypeSource.ts";

/** A recommendation marked in a report or paper, as its panels show it. */
export type DocumentRecommendation = { id: string; text: string };

const TYPES: ReadonlySet<string> = new Set(RECOMMENDATION_TYPES);
const BLOCK_SEPARATOR = " ";

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  if (node instanceof Y.XmlElement) return node.toArray().map((child) => textOf(child)).filter(Boolean).join(BLOCK_SEPARATOR);
  return "";
}

/** A marked block found in the report, and the marked blocks inside it (read if its id was seen before). */
type Candidate = { id: string; text: string; inner: Candidate[] };

function candidatesIn(node: Y.XmlElement | Y.XmlText | Y.XmlHook): Candidate[] {
  if (!(node instanceof Y.XmlElement)) return [];
  const id: unknown = TYPES.has(node.nodeName) ? node.getAttribute(RECOMMENDATION_ATTRIBUTE) : undefined;
  const inner = node.toArray().flatMap((child) => candidatesIn(child));
  if (typeof id !== "string" || !recommendationIdSchema.safeParse(id).success) return inner;
  return [{ id, text: textOf(node).replace(/\s+/g, " ").trim(), inner }];
}

/** Candidates in reading order; a repeated id counts once, the first time (then what is inside it is read). */
function take(blocks: Iterable<Candidate[]>): DocumentRecommendation[] {
  const found: DocumentRecommendation[] = [];
  const seen = new Set<string>();
  const visit = (candidates: Candidate[]) => {
    for (const candidate of candidates) {
      if (seen.has(candidate.id)) {
        visit(candidate.inner);
        continue;
      }
      seen.add(candidate.id);
      found.push({ id: candidate.id, text: candidate.text });
    }
  };
  for (const candidates of blocks) visit(candidates);
  return found;
}

/**
 * The recommendations of a report or paper document in reading order, read straight from its
 * Y.XmlFragment (so that readers without an editor, e.g. a host, see them too). A block's id
 * is checked like any data from a Y.Doc; a repeated id counts once, the first time.
 */
export function readDocumentRecommendations(doc: Y.Doc): DocumentRecommendation[] {
  return take(doc.getXmlFragment(EDITOR_FRAGMENT).toArray().map((block) => candidatesIn(block)));
}

/**
 * `readDocumentRecommendations` for a document that keeps changing: after a change it reads again
 * only the top-level blocks the change touched (a keystroke reads one paragraph, not the report),
 * and answers the previous list itself when nothing in it changed. Without events (e.g. after a
 * time without observing) it reads everything.
 */
export function recommendationsReader(): (doc: Y.Doc, events?: YChangeEvents) => DocumentRecommendation[] {
  let perBlock = new WeakMap<object, Candidate[]>();
  let last: DocumentRecommendation[] | null = null;
  return (doc, events) => {
    const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
    if (!events) perBlock = new WeakMap();
    // Blocks added or removed (a change of the fragment itself) may reorder what is found.
    let blocksMoved = !events;
    let touchedMarked = false;
    for (const event of events ?? []) {
      if (event.target === fragment) {
        blocksMoved = true;
        continue;
      }
      // The top-level block that holds the change.
      let block: Y.AbstractType<unknown> | null = event.target;
      while (block && block.parent !== fragment) block = block.parent;
      if (!block) continue;
      const before = perBlock.get(block);
      const after = candidatesIn(block as Y.XmlElement);
      perBlock.set(block, after);
      if (before === undefined || before.length > 0 || after.length > 0) touchedMarked = true;
    }
    // A keystroke in a block without recommendations, before and after: the list is the same.
    if (last && !blocksMoved && !touchedMarked) return last;
    const next = take(
      fragment.toArray().map((block) => {
        let candidates = perBlock.get(block);
        if (!candidates) {
          candidates = candidatesIn(block);
          perBlock.set(block, candidates);
        }
        return candidates;
      }),
    );
    if (last && last.length === next.length && last.every((item, index) => item.id === next[index]!.id && item.text === next[index]!.text)) return last;
    last = next;
    return next;
  };
}

const recommendationSource = createIncrementalYTypeSource((doc) => doc.getXmlFragment(EDITOR_FRAGMENT), recommendationsReader);
const NO_RECOMMENDATIONS: DocumentRecommendation[] = [];

/** The recommendations of a report's or paper's text, live. */
export function useDocumentRecommendations(doc: Y.Doc | null): DocumentRecommendation[] {
  return useYTypeSource(recommendationSource, doc, NO_RECOMMENDATIONS);
}
