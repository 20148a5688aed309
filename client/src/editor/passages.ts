import type { Node as PMNode } from "@tiptap/pm/model";
import { factorIdsOf } from "./factorMark.ts";

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

/** What a top-level block holds, by node identity: an unchanged block is not walked again. */
type BlockFacts = { linked: boolean; textblock: boolean };
const blockFacts = new WeakMap<PMNode, BlockFacts>();

function factsOf(block: PMNode): BlockFacts {
  let facts = blockFacts.get(block);
  if (!facts) {
    let linked = false;
    let textblock = block.isTextblock;
    block.descendants((node) => {
      if (node.isTextblock) textblock = true;
      if (node.isText && factorIdsOf(node.marks).length > 0) linked = true;
      return !linked;
    });
    facts = { linked, textblock };
    blockFacts.set(block, facts);
  }
  return facts;
}

/**
 * The passages of the report linked to each factor, in document order. A passage is a
 * maximal run of text carrying the factor: unlinked text ends it, a block boundary does
 * not (a drafted section, heading to last quote, is one passage). Top-level blocks without
 * links are skipped while no passage is open (a keystroke elsewhere costs a lookup per block).
 */
export function collectPassages(doc: PMNode): Map<string, Passage[]> {
  const result = new Map<string, Passage[]>();
  const open = new Map<string, Passage>();
  let seenTextblock = false;
  const visit = (node: PMNode, pos: number): boolean => {
    if (node.isTextblock) {
      // A new block: text of an open passage continues after a space.
      if (seenTextblock) for (const passage of open.values()) passage.text += " ";
      seenTextblock = true;
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
  };
  doc.forEach((block, offset) => {
    const facts = factsOf(block);
    if (open.size === 0 && !facts.linked) {
      seenTextblock ||= facts.textblock;
      return;
    }
    if (visit(block, offset)) block.descendants((node, pos) => visit(node, offset + 1 + pos));
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
