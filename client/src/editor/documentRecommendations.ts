import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { recommendationIdSchema } from "@review/shared/self";
import { RECOMMENDATION_ATTRIBUTE, RECOMMENDATION_TYPES } from "./recommendation.ts";
import { createYTypeSource, useYTypeSource } from "../collab/yTypeSource.ts";

/** A recommendation marked in a report or paper, as its panels show it. */
export type DocumentRecommendation = { id: string; text: string };

const TYPES: ReadonlySet<string> = new Set(RECOMMENDATION_TYPES);
const BLOCK_SEPARATOR = " ";

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  if (node instanceof Y.XmlElement) return node.toArray().map((child) => textOf(child)).filter(Boolean).join(BLOCK_SEPARATOR);
  return "";
}

/**
 * The recommendations of a report or paper document in reading order, read straight from its
 * Y.XmlFragment (so that readers without an editor, e.g. a host, see them too). A block's id
 * is checked like any data from a Y.Doc; a repeated id counts once, the first time.
 */
export function readDocumentRecommendations(doc: Y.Doc): DocumentRecommendation[] {
  const found: DocumentRecommendation[] = [];
  const seen = new Set<string>();
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (!(node instanceof Y.XmlElement)) return;
    const id: unknown = TYPES.has(node.nodeName) ? node.getAttribute(RECOMMENDATION_ATTRIBUTE) : undefined;
    if (typeof id === "string" && recommendationIdSchema.safeParse(id).success && !seen.has(id)) {
      seen.add(id);
      found.push({ id, text: textOf(node).replace(/\s+/g, " ").trim() });
      return;
    }
    for (const child of node.toArray()) visit(child);
  };
  for (const child of doc.getXmlFragment(EDITOR_FRAGMENT).toArray()) visit(child);
  return found;
}

const recommendationSource = createYTypeSource((doc) => doc.getXmlFragment(EDITOR_FRAGMENT), readDocumentRecommendations);
const NO_RECOMMENDATIONS: DocumentRecommendation[] = [];

/** The recommendations of a report's or paper's text, live. */
export function useDocumentRecommendations(doc: Y.Doc | null): DocumentRecommendation[] {
  return useYTypeSource(recommendationSource, doc, NO_RECOMMENDATIONS);
}
