import * as Y from "yjs";
import { EDITOR_FRAGMENT, IMPART_BENCHMARK } from "@review/shared";
import { factorCatalogue, type ReportDocument } from "./reportDocument.ts";
import { readReport } from "./reportModel.ts";

/**
 * Test helper: ProseMirror-style JSON written into a Y.XmlFragment the way y-prosemirror
 * (@tiptap/y-tiptap) does it: one Y.XmlElement per node with its attrs as attributes
 * (null attrs left out), neighbouring text nodes in one Y.XmlText whose marks are
 * formatting attributes `{ [markName]: attrs }`.
 */
export type PmNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

export function writeFragment(fragment: Y.XmlFragment, nodes: PmNode[]): void {
  fragment.doc!.transact(() => fragment.insert(fragment.length, toYNodes(nodes)));
}

function toYNodes(nodes: PmNode[]): (Y.XmlElement | Y.XmlText)[] {
  const result: (Y.XmlElement | Y.XmlText)[] = [];
  let textRun: PmNode[] = [];
  const flush = () => {
    if (textRun.length === 0) return;
    const text = new Y.XmlText();
    const delta = textRun.map((node) => ({
      insert: node.text ?? "",
      attributes: Object.fromEntries((node.marks ?? []).map((mark) => [mark.type, mark.attrs ?? {}])),
    }));
    text.applyDelta(delta);
    result.push(text);
    textRun = [];
  };
  for (const node of nodes) {
    if (node.type === "text") {
      textRun.push(node);
      continue;
    }
    flush();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      if (value !== null && value !== undefined) element.setAttribute(key, value as string);
    }
    element.insert(0, toYNodes(node.content ?? []));
    result.push(element);
  }
  flush();
  return result;
}

export const text = (value: string, ...marks: (string | { type: string; attrs?: Record<string, unknown> })[]): PmNode => ({
  type: "text",
  text: value,
  marks: marks.map((mark) => (typeof mark === "string" ? { type: mark } : mark)),
});
export const paragraph = (...content: PmNode[]): PmNode => ({ type: "paragraph", content });
export const heading = (level: number, ...content: PmNode[]): PmNode => ({ type: "heading", attrs: { level }, content });
export const listItem = (...content: PmNode[]): PmNode => ({ type: "listItem", content });
export const bulletList = (...items: PmNode[]): PmNode => ({ type: "bulletList", content: items });
export const orderedList = (start: number, ...items: PmNode[]): PmNode => ({ type: "orderedList", attrs: { start }, content: items });
export const blockquote = (...content: PmNode[]): PmNode => ({ type: "blockquote", content });
export const link = (href: string) => ({ type: "link", attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } });
export const factor = (factorIds: string[] | string) => ({ type: "factor", attrs: { factorIds } });

/** A Y.Doc holding `nodes` as its report fragment. */
export function reportDoc(nodes: PmNode[]): Y.Doc {
  const doc = new Y.Doc();
  writeFragment(doc.getXmlFragment(EDITOR_FRAGMENT), nodes);
  return doc;
}

/** A complete export input around `nodes`, with fixed metadata (IMPART, Core plus module 1) and no ratings. */
export function reportDocument(nodes: PmNode[], overrides: Partial<ReportDocument> = {}): ReportDocument {
  const doc = reportDoc(nodes);
  const blocks = readReport(doc.getXmlFragment(EDITOR_FRAGMENT));
  doc.destroy();
  return {
    meta: {
      title: "Pathways to Work",
      hostProject: "Integrated pathways for newcomers",
      country: "Austria",
      theme: "Recognising migrant competences",
      visitStart: "2026-03-10",
      visitEnd: "2026-03-12",
      benchmark: { name: "IMPART modular benchmark", version: "2012.1" },
      modules: ["Core", "Assessment and Validation – Valuing Migrant Competences"],
      members: [
        { role: "moderator", names: ["Mia Moderator"] },
        { role: "peer", names: ["Pat Peer", "Quinn Peer"] },
        { role: "host", names: ["Hana Host"] },
      ],
      exportedAt: new Date("2026-03-20T10:00:00Z"),
    },
    locale: "en",
    blocks,
    factors: factorCatalogue(IMPART_BENCHMARK),
    ratings: null,
    ...overrides,
  };
}

const HOSTILE_LINKS = ["  JaVaScRiPt:alert(1)", "\u0001javascript:alert(2)", "java\tscript:alert(3)", "data:text/html,<script>alert(4)</script>", " VBScript:msgbox(5)", "/relative"];

/** Content that must stay inert in every format. */
export const HOSTILE_NODES: PmNode[] = [
  heading(2, text("<script>alert('h')</script> heading")),
  paragraph(text("<script>alert(1)</script>")),
  paragraph(text('<img src=x onerror=alert(1)> and "quotes" \'single\' & ampersands')),
  paragraph(text("[x](javascript:alert(1)) and ![img](javascript:alert(2)) and <javascript:alert(3)>")),
  ...HOSTILE_LINKS.map((href, index) => paragraph(text(`hostile link ${index}`, link(href)))),
  paragraph(text("quoted href", link('https://example.org/?q="><script>alert(1)</script>&x=\'y\''))),
  paragraph(text("# not a heading")),
  paragraph(text("- not a list"), { type: "hardBreak" }, text("1. not ordered"), { type: "hardBreak" }, text("> not a quote")),
  paragraph(text("    not code")),
  paragraph(text("control\u0000chars\u0007 and lone \uD800 surrogate")),
  paragraph(text("unknown mark", { type: "evil", attrs: { onclick: "alert(1)" } })),
  paragraph(text("bad factor", factor(['"><script>alert(1)</script>', "core-2"]))),
  { type: "iframe", attrs: { src: "javascript:alert(1)" }, content: [paragraph(text("inside unknown node"))] },
  { type: "codeBlock", attrs: { language: '"><script>' }, content: [text("</code></pre><script>alert(1)</script>\n```\n# x")] },
];
