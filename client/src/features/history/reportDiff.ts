import { diffArrays, diffChars, diffWords } from "diff";
import type { BlockKind, ReportBlock } from "./reportBlocks.ts";

export type DiffPart = { change: "same" | "added" | "removed"; text: string };

/** A block of the comparison: unchanged, wholly added or removed, or changed word by word. */
export type DiffBlock = { kind: BlockKind; change: "same" | "added" | "removed" | "changed"; parts: DiffPart[] };

export type ReportDiff = { blocks: DiffBlock[]; addedWords: number; removedWords: number };

/** Below this share of unchanged text, a removed and an added block read as two blocks, not one edited. */
const MIN_SIMILARITY = 0.5;

const blockKey = (block: ReportBlock) => `${block.kind}\u0000${block.text}`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function wordDiff(before: ReportBlock, after: ReportBlock): { parts: DiffPart[]; similarity: number } {
  const parts: DiffPart[] = diffWords(before.text, after.text).map((change) => ({
    change: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
  // Similarity by characters, so that a one-word block with a changed letter is still "edited".
  const same = diffChars(before.text, after.text).reduce((sum, change) => sum + (change.added || change.removed ? 0 : change.value.length), 0);
  const longest = Math.max(before.text.length, after.text.length);
  return { parts, similarity: longest === 0 ? 1 : same / longest };
}

/**
 * What changed from `before` to `after`: blocks are matched whole first; a removed block
 * followed by an added one that shares enough text is shown as one block with its word
 * changes, anything else as a removed and an added block.
 */
export function diffReports(before: ReportBlock[], after: ReportBlock[]): ReportDiff {
  const blocks: DiffBlock[] = [];
  let removedRun: ReportBlock[] = [];
  let addedRun: ReportBlock[] = [];

  const flush = () => {
    const pairs = Math.min(removedRun.length, addedRun.length);
    for (let i = 0; i < pairs; i += 1) {
      const from = removedRun[i]!;
      const to = addedRun[i]!;
      const { parts, similarity } = wordDiff(from, to);
      if (similarity >= MIN_SIMILARITY) blocks.push({ kind: to.kind, change: "changed", parts });
      else {
        blocks.push({ kind: from.kind, change: "removed", parts: [{ change: "removed", text: from.text }] });
        blocks.push({ kind: to.kind, change: "added", parts: [{ change: "added", text: to.text }] });
      }
    }
    for (const block of removedRun.slice(pairs)) blocks.push({ kind: block.kind, change: "removed", parts: [{ change: "removed", text: block.text }] });
    for (const block of addedRun.slice(pairs)) blocks.push({ kind: block.kind, change: "added", parts: [{ change: "added", text: block.text }] });
    removedRun = [];
    addedRun = [];
  };

  const byKey = new Map<string, ReportBlock>();
  for (const block of [...before, ...after]) byKey.set(blockKey(block), block);
  for (const change of diffArrays(before.map(blockKey), after.map(blockKey))) {
    const changed = change.value.map((key) => byKey.get(key)!);
    if (change.removed) removedRun.push(...changed);
    else if (change.added) addedRun.push(...changed);
    else {
      flush();
      for (const block of changed) blocks.push({ kind: block.kind, change: "same", parts: [{ change: "same", text: block.text }] });
    }
  }
  flush();

  let addedWords = 0;
  let removedWords = 0;
  for (const block of blocks) {
    for (const part of block.parts) {
      if (part.change === "added") addedWords += words(part.text);
      if (part.change === "removed") removedWords += words(part.text);
    }
  }
  return { blocks, addedWords, removedWords };
}
