import type { Node as PMNode } from "@tiptap/pm/model";
import { factorIdsOf } from "../../editor/factorMark.ts";

/** One stretch of report text linked to a factor. */
export type Passage = { from: number; to: number; text: string };

const EXCERPT_LENGTH = 80;

/** The first ~80 characters of a passage, cut at a word where possible. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The passages of the report linked to each factor, in document order. A passage is a
 * maximal run of text carrying the factor: unlinked text ends it, a block boundary does
 * not (a drafted section, heading to last quote, is one passage).
 */
export function collectPassages(doc: PMNode): Map<string, Passage[]> {
  const result = new Map<string, Passage[]>();
  const open = new Map<string, Passage>();
  let lastBlockStart = -1;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      // A new block: text of an open passage continues after a space.
      if (lastBlockStart >= 0) for (const passage of open.values()) passage.text += " ";
      lastBlockStart = pos;
      return true;
    }
    if (!node.isText) return true;
    const ids = new Set(factorIdsOf(node.marks));
    for (const factorId of open.keys()) {
      if (!ids.has(factorId)) open.delete(factorId);
    }
    const text = node.text ?? "";
    for (const factorId of ids) {
      const passage = open.get(factorId);
      if (passage) {
        passage.to = pos + node.nodeSize;
        passage.text += text;
        continue;
      }
      const started: Passage = { from: pos, to: pos + node.nodeSize, text };
      open.set(factorId, started);
      const list = result.get(factorId);
      if (list) list.push(started);
      else result.set(factorId, [started]);
    }
    return false;
  });
  for (const list of result.values()) for (const passage of list) passage.text = passage.text.trim();
  return result;
}

/** Passages per factor as plain counts and excerpts (cheap to compare between renders). */
export type PassageSummary = Record<string, { from: number; to: number; excerpt: string }[]>;

export function summarisePassages(doc: PMNode): PassageSummary {
  const summary: PassageSummary = {};
  for (const [factorId, passages] of collectPassages(doc)) {
    summary[factorId] = passages.map((passage) => ({ from: passage.from, to: passage.to, excerpt: excerpt(passage.text) }));
  }
  return summary;
}
