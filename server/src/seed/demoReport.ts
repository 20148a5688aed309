import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";

type Block = { type: "heading"; level: 1 | 2 | 3; text: string } | { type: "paragraph"; text: string } | { type: "bulletList"; items: string[] };

const DEMO_REPORT: Block[] = [
  { type: "heading", level: 1, text: "Findings report: Pathways to Work" },
  {
    type: "paragraph",
    text: "Draft of the peer team after the three-day visit. Each critical factor below gets our findings, the evidence behind them and our rating; recommendations follow at the end.",
  },
  { type: "heading", level: 2, text: "Core 1: Migrant voice" },
  {
    type: "paragraph",
    text: "Participants told us in two interviews that the programme's mentors are themselves former participants. We still need documentary evidence of how their feedback reaches the steering group.",
  },
  { type: "heading", level: 2, text: "Recommendations" },
  { type: "bulletList", items: ["Record participants' feedback in the steering group minutes.", "Publish the mentor scheme as a transferable practice."] },
];

function textElement(name: string, text: string, attrs: Record<string, unknown> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function blockElement(block: Block): Y.XmlElement {
  switch (block.type) {
    case "heading":
      return textElement("heading", block.text, { level: block.level });
    case "paragraph":
      return textElement("paragraph", block.text);
    case "bulletList": {
      const list = new Y.XmlElement("bulletList");
      list.insert(
        0,
        block.items.map((item) => {
          const listItem = new Y.XmlElement("listItem");
          listItem.insert(0, [textElement("paragraph", item)]);
          return listItem;
        }),
      );
      return list;
    }
  }
}

/** The demo review's starting report, as one Yjs update for the Tiptap fragment. */
export function demoReportUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, DEMO_REPORT.map(blockElement));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
