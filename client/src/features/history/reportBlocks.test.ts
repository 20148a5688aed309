import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { EDITOR_FRAGMENT } from "@review/shared";
import { docFromBase64, reportBlocks } from "./reportBlocks.ts";

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attributes: Record<string, string> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}
const text = (value: string, marks?: Record<string, unknown>) => {
  const node = new Y.XmlText();
  node.insert(0, value, marks);
  return node;
};

describe("reportBlocks", () => {
  it("reads headings, paragraphs, list items, quotes and breaks in order", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [
      element("heading", [text("Findings")], { level: "2" }),
      element("paragraph", [text("Bold", { bold: {} }), element("hardBreak", []), text("next line")]),
      element("bulletList", [element("listItem", [element("paragraph", [text("First")]), element("orderedList", [element("listItem", [element("paragraph", [text("Nested")])])])])]),
      element("blockquote", [element("paragraph", [text("We were heard.")])]),
      element("heading", [text("Odd level")], { level: "9" }),
    ]);
    expect(reportBlocks(doc)).toEqual([
      { kind: "heading2", text: "Findings" },
      { kind: "paragraph", text: "Bold\nnext line" },
      { kind: "bullet", text: "First" },
      { kind: "numbered", text: "Nested" },
      { kind: "quote", text: "We were heard." },
      { kind: "heading1", text: "Odd level" },
    ]);
  });

  it("reads a document sent as base64", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [element("paragraph", [text("Über – ✓")])]);
    const base64 = btoa(String.fromCharCode(...Y.encodeStateAsUpdate(doc)));
    expect(reportBlocks(docFromBase64(base64))).toEqual([{ kind: "paragraph", text: "Über – ✓" }]);
  });
});
