import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";

/** A run of text, optionally linked to critical factors (the editor's `factor` mark). */
export type SeedRun = { text: string; factorIds?: string[] };
/** A list item; `recommendation` marks it as one (the editor's `recommendationId` attribute). */
export type SeedItem = { runs: SeedRun[]; recommendation?: string };
export type SeedBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; runs: SeedRun[] }
  | { type: "bulletList"; items: SeedItem[] };

/** Plain text as the runs of a paragraph or list item. */
export const plain = (text: string): SeedRun[] => [{ text }];

function paragraph(runs: SeedRun[]): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  element.insert(0, [text]);
  let at = 0;
  for (const run of runs) {
    // Explicit empty attributes, so that unlinked text does not inherit the previous run's link.
    text.insert(at, run.text, run.factorIds ? { factor: { factorIds: run.factorIds } } : {});
    at += run.text.length;
  }
  return element;
}

function blockElement(block: SeedBlock): Y.XmlElement {
  switch (block.type) {
    case "heading": {
      const element = new Y.XmlElement("heading");
      element.setAttribute("level", block.level as unknown as string);
      element.insert(0, [new Y.XmlText(block.text)]);
      return element;
    }
    case "paragraph":
      return paragraph(block.runs);
    case "bulletList": {
      const list = new Y.XmlElement("bulletList");
      list.insert(
        0,
        block.items.map((item) => {
          const listItem = new Y.XmlElement("listItem");
          if (item.recommendation) listItem.setAttribute("recommendationId", item.recommendation);
          listItem.insert(0, [paragraph(item.runs)]);
          return listItem;
        }),
      );
      return list;
    }
  }
}

/** Seed text as one Yjs update for a report's or paper's Tiptap fragment, written as y-tiptap writes it. */
export function seedTextUpdate(blocks: SeedBlock[]): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, blocks.map(blockElement));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
