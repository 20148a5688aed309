import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { readDocumentRecommendations } from "./documentRecommendations.ts";

function paragraph(text: string, id?: unknown): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  if (id !== undefined) element.setAttribute("recommendationId", id as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

describe("report recommendations", () => {
  it("reads marked paragraphs and list items in order, with their text", () => {
    const doc = new Y.Doc();
    const list = new Y.XmlElement("bulletList");
    const item = new Y.XmlElement("listItem");
    item.setAttribute("recommendationId", "rec_item01");
    item.insert(0, [paragraph("Fund peer mentors"), paragraph("for two years")]);
    list.insert(0, [item, new Y.XmlElement("listItem")]);
    doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph("Findings"), paragraph("Involve migrants in design", "rec_para01"), list]);
    expect(readDocumentRecommendations(doc)).toEqual([
      { id: "rec_para01", text: "Involve migrants in design" },
      { id: "rec_item01", text: "Fund peer mentors for two years" },
    ]);
  });

  it("ignores invalid ids and counts a repeated id once", () => {
    const doc = new Y.Doc();
    doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph("bad", "<img>"), paragraph("first", "rec_same01"), paragraph("copy", "rec_same01")]);
    expect(readDocumentRecommendations(doc)).toEqual([{ id: "rec_same01", text: "first" }]);
  });
});
