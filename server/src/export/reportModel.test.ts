import { describe, expect, it } from "vitest";
import { EDITOR_FRAGMENT } from "@review/shared";
import * as Y from "yjs";
import { blockquote, bulletList, factor, heading, link, listItem, orderedList, paragraph, reportDoc, text, type PmNode } from "./reportFixture.ts";
import { MAX_NESTING, readReport, type Block } from "./reportModel.ts";

const read = (nodes: PmNode[]): Block[] => readReport(reportDoc(nodes).getXmlFragment(EDITOR_FRAGMENT));
const plain = { bold: false, italic: false, strike: false, code: false, underline: false, link: null, factorIds: [] };

describe("readReport", () => {
  it("reads StarterKit's nodes into blocks", () => {
    const blocks = read([
      heading(2, text("Core 2")),
      paragraph(text("a"), { type: "hardBreak" }, text("b")),
      bulletList(listItem(paragraph(text("one")), bulletList(listItem(paragraph(text("nested")))))),
      orderedList(4, listItem(paragraph(text("four")))),
      blockquote(paragraph(text("quoted"))),
      { type: "codeBlock", attrs: { language: "ts" }, content: [text("let a = 1;\nlet b = 2;")] },
      { type: "horizontalRule" },
    ]);
    expect(blocks).toEqual([
      { kind: "heading", level: 2, inlines: [{ kind: "text", text: "Core 2", marks: plain }] },
      { kind: "paragraph", inlines: [{ kind: "text", text: "a", marks: plain }, { kind: "hardBreak" }, { kind: "text", text: "b", marks: plain }] },
      {
        kind: "bulletList",
        items: [
          [
            { kind: "paragraph", inlines: [{ kind: "text", text: "one", marks: plain }] },
            { kind: "bulletList", items: [[{ kind: "paragraph", inlines: [{ kind: "text", text: "nested", marks: plain }] }]] },
          ],
        ],
      },
      { kind: "orderedList", start: 4, items: [[{ kind: "paragraph", inlines: [{ kind: "text", text: "four", marks: plain }] }]] },
      { kind: "blockquote", blocks: [{ kind: "paragraph", inlines: [{ kind: "text", text: "quoted", marks: plain }] }] },
      { kind: "codeBlock", language: "ts", text: "let a = 1;\nlet b = 2;" },
      { kind: "horizontalRule" },
    ]);
  });

  it("reads marks, including y-prosemirror's `name--hash` keys for overlapping marks", () => {
    const doc = new Y.Doc();
    const paragraphElement = new Y.XmlElement("paragraph");
    const xmlText = new Y.XmlText();
    paragraphElement.insert(0, [xmlText]);
    doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraphElement]);
    xmlText.insert(0, "styled", { bold: {}, italic: {}, strike: {}, code: {}, underline: {}, "link--abc123": { href: "https://example.org" } });
    const [block] = readReport(doc.getXmlFragment(EDITOR_FRAGMENT));
    expect(block).toEqual({
      kind: "paragraph",
      inlines: [{ kind: "text", text: "styled", marks: { bold: true, italic: true, strike: true, code: true, underline: true, link: "https://example.org/", factorIds: [] } }],
    });
  });

  it("drops unsafe link targets and unknown marks but keeps their text", () => {
    const [block] = read([paragraph(text("x", link(" JaVaScRiPt:alert(1)")), text("y", { type: "evil", attrs: { onclick: "alert(1)" } }))]);
    expect(block).toEqual({ kind: "paragraph", inlines: [{ kind: "text", text: "x", marks: plain }, { kind: "text", text: "y", marks: plain }] });
  });

  it("labels runs linked to factors, from an array or a comma string, dropping ids that are not slugs", () => {
    const [block] = read([
      paragraph(text("voice", factor(["core-2", '"><b>', "core-2"])), text(" heard", factor("core-2")), text(" and "), text("needs", factor("core-1, m1-2"))),
    ]);
    expect(block).toMatchObject({
      kind: "paragraph",
      inlines: [
        { kind: "text", text: "voice", marks: { factorIds: ["core-2"] } },
        { kind: "text", text: " heard", marks: { factorIds: ["core-2"] } },
        { kind: "factorLabel", factorIds: ["core-2"] },
        { kind: "text", text: " and " },
        { kind: "text", text: "needs", marks: { factorIds: ["core-1", "m1-2"] } },
        { kind: "factorLabel", factorIds: ["core-1", "m1-2"] },
      ],
    });
  });

  it("keeps the text of unknown nodes and of inline content where blocks belong", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
    const unknown = new Y.XmlElement("iframe");
    unknown.setAttribute("src", "javascript:alert(1)");
    const inner = new Y.XmlElement("paragraph");
    inner.insert(0, [new Y.XmlText("inside")]);
    unknown.insert(0, [inner]);
    fragment.insert(0, [unknown, new Y.XmlText("loose text")]);
    expect(readReport(fragment)).toEqual([
      { kind: "paragraph", inlines: [{ kind: "text", text: "inside", marks: plain }] },
      { kind: "paragraph", inlines: [{ kind: "text", text: "loose text", marks: plain }] },
    ]);
  });

  it("removes characters XML cannot hold and line breaks inside text", () => {
    const [block] = read([paragraph(text("a\u0000b\u0007c\uD800d\uFFFFe\r\nf"))]);
    expect(block).toEqual({ kind: "paragraph", inlines: [{ kind: "text", text: "abcde f", marks: plain }] });
  });

  it("clamps heading levels and list starts, and sanitises code languages", () => {
    const blocks = read([
      heading(6, text("six")),
      { type: "heading", attrs: { level: "x" }, content: [text("bad")] },
      { type: "orderedList", attrs: { start: -5 }, content: [listItem(paragraph(text("a")))] },
      { type: "codeBlock", attrs: { language: '"><script>' }, content: [text("x")] },
    ]);
    expect(blocks.map((block) => (block.kind === "heading" ? block.level : block.kind === "orderedList" ? block.start : block.kind === "codeBlock" ? block.language : null))).toEqual([3, 1, 1, null]);
  });

  it("flattens containers nested past the limit instead of recursing without end", () => {
    let node: PmNode = paragraph(text("deep"));
    for (let i = 0; i < MAX_NESTING * 4; i++) node = blockquote(node);
    const blocks = read([node]);
    let depth = 0;
    let current: Block | undefined = blocks[0];
    while (current?.kind === "blockquote") {
      depth++;
      current = current.blocks[0];
    }
    expect(depth).toBeLessThanOrEqual(MAX_NESTING);
    expect(current).toEqual({ kind: "paragraph", inlines: [{ kind: "text", text: "deep", marks: plain }] });
  });
});
