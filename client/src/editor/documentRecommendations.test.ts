import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { readDocumentRecommendations, recommendationsReader } from "./documentRecommendations.ts";

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

  it("follows a changing document, re-reading only touched blocks, the same list while nothing in it changed", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
    const read = recommendationsReader();
    let events: Y.YEvent<Y.AbstractType<unknown>>[] = [];
    fragment.observeDeep((changes) => (events = changes));
    fragment.insert(0, [paragraph("Intro"), paragraph("Keep mentors", "rec_keep01"), paragraph("Outro")]);
    const first = read(doc);
    expect(first).toEqual([{ id: "rec_keep01", text: "Keep mentors" }]);

    ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, " text");
    expect(read(doc, events)).toBe(first);

    ((fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(12, " paid");
    const edited = read(doc, events);
    expect(edited).toEqual([{ id: "rec_keep01", text: "Keep mentors paid" }]);

    (fragment.get(2) as Y.XmlElement).setAttribute("recommendationId", "rec_keep01");
    expect(read(doc, events)).toBe(edited);
    (fragment.get(2) as Y.XmlElement).setAttribute("recommendationId", "rec_outr01");
    expect(read(doc, events).map((item) => item.id)).toEqual(["rec_keep01", "rec_outr01"]);
    fragment.insert(0, [paragraph("First", "rec_firs01")]);
    expect(read(doc, events).map((item) => item.id)).toEqual(["rec_firs01", "rec_keep01", "rec_outr01"]);
    fragment.delete(1, 1);
    expect(read(doc, events)).toEqual(readDocumentRecommendations(doc));
  });
});
