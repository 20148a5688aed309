import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { recommendationIdSchema } from "@review/shared/self";
import { RECOMMENDATION_ATTRIBUTE, RECOMMENDATION_TYPES } from "../../editor/recommendation.ts";

/** A recommendation of the report as shown in the decisions panel. */
export type ReportRecommendation = { id: string; text: string };

const TYPES: ReadonlySet<string> = new Set(RECOMMENDATION_TYPES);
const BLOCK_SEPARATOR = " ";

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  if (node instanceof Y.XmlElement) return node.toArray().map((child) => textOf(child)).filter(Boolean).join(BLOCK_SEPARATOR);
  return "";
}

/**
 * The recommendations of a report document in reading order, read straight from its
 * Y.XmlFragment (so that readers without an editor, e.g. a host, see them too). A block's id
 * is checked like any data from a Y.Doc; a repeated id counts once, the first time.
 */
export function readReportRecommendations(doc: Y.Doc): ReportRecommendation[] {
  const found: ReportRecommendation[] = [];
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
