import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";

/** Appends a Tiptap-shaped paragraph (`<paragraph>` holding one text node) to the report. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  doc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  });
}

/** Inserts `text` into the text of paragraph `index` at `offset` (as typing into it would). */
export function typeInto(doc: Y.Doc, index: number, offset: number, text: string): void {
  const paragraph = doc.getXmlFragment(EDITOR_FRAGMENT).get(index);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error(`no paragraph at ${index}`);
  const node = paragraph.get(0);
  if (!(node instanceof Y.XmlText)) throw new Error(`paragraph ${index} holds no text`);
  node.insert(offset, text);
}

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  if (node instanceof Y.XmlElement) return node.toArray().map((child) => textOf(child as Y.XmlElement | Y.XmlText)).join("");
  return "";
}

/** The plain text of each top-level block of the report, in order. */
export function paragraphTexts(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(EDITOR_FRAGMENT)
    .toArray()
    .map((node) => textOf(node as Y.XmlElement | Y.XmlText));
}

/** The report's XML serialisation (what two converged replicas must agree on). */
export function reportXml(doc: Y.Doc): string {
  return doc.getXmlFragment(EDITOR_FRAGMENT).toString();
}

/** Appends a paragraph marked as a recommendation (the editor's `recommendationId` attribute). */
export function appendRecommendation(doc: Y.Doc, recommendationId: string, text: string): void {
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  doc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.setAttribute("recommendationId", recommendationId);
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  });
}
