import * as Y from "yjs";

/**
 * Makes `target`'s content equal to `source`'s with the fewest deletions: nodes equal on both
 * sides are kept, elements of the same kind are updated in place (attributes, then their
 * children, recursively) and text is edited in its changed middle only. What is kept keeps its
 * Yjs items, so relative positions into it (comment anchors, carets) stay valid: restoring a
 * version orphans only the comments on text the version does not have.
 */
export function mergeContent(target: Y.XmlFragment | Y.XmlElement, source: Y.XmlFragment | Y.XmlElement): void {
  const targetNodes = contentNodes(target);
  const sourceNodes = contentNodes(source);
  const pairs = commonSubsequence(targetNodes.map(nodeKey), sourceNodes.map(nodeKey));

  // Edit from the end so that indices before the edit point stay valid.
  let targetEnd = targetNodes.length;
  let sourceEnd = sourceNodes.length;
  for (let p = pairs.length; p >= 0; p--) {
    const [targetStart, sourceStart] = p > 0 ? [pairs[p - 1]![0] + 1, pairs[p - 1]![1] + 1] : [0, 0];
    mergeRun(target, targetNodes, targetStart, targetEnd, sourceNodes.slice(sourceStart, sourceEnd));
    if (p > 0) [targetEnd, sourceEnd] = pairs[p - 1]!;
  }
}

type ContentNode = Y.XmlElement | Y.XmlText;

/** Tiptap documents hold elements and text only; hooks are not part of the editor's model. */
function contentNodes(parent: Y.XmlFragment | Y.XmlElement): ContentNode[] {
  return parent.toArray().filter((node): node is ContentNode => node instanceof Y.XmlElement || node instanceof Y.XmlText);
}

/** Equal keys mean equal content (name, attributes, marks, text, children). */
function nodeKey(node: ContentNode): string {
  return node instanceof Y.XmlText ? `text:${JSON.stringify(node.toDelta())}` : node.toString();
}

/**
 * Replaces the target's nodes [start, end) (indices into `targetNodes`, which are the parent's
 * content nodes in order) by `replacement`: same-kind nodes paired in order are merged in place,
 * the rest deleted or inserted as copies.
 */
function mergeRun(parent: Y.XmlFragment | Y.XmlElement, targetNodes: ContentNode[], start: number, end: number, replacement: ContentNode[]): void {
  const run = targetNodes.slice(start, end);
  const paired = Math.min(run.length, replacement.length);
  let mergeable = 0;
  while (mergeable < paired && sameKind(run[mergeable]!, replacement[mergeable]!)) mergeable++;
  const base = parentIndex(parent, targetNodes, start);
  // Unpaired tail first (higher indices), then the merged head.
  if (run.length > mergeable) parent.delete(base + mergeable, run.length - mergeable);
  const copies = replacement.slice(mergeable).map((node) => node.clone());
  if (copies.length > 0) parent.insert(base + mergeable, copies);
  for (let i = mergeable - 1; i >= 0; i--) mergeNode(run[i]!, replacement[i]!);
}

/** The index in `parent` of the content node `targetNodes[index]` (hooks are skipped in the list, not in the parent). */
function parentIndex(parent: Y.XmlFragment | Y.XmlElement, targetNodes: ContentNode[], index: number): number {
  if (index >= targetNodes.length) return parent.length;
  return parent.toArray().indexOf(targetNodes[index]!);
}

function sameKind(a: ContentNode, b: ContentNode): boolean {
  if (a instanceof Y.XmlText || b instanceof Y.XmlText) return a instanceof Y.XmlText && b instanceof Y.XmlText;
  return a.nodeName === b.nodeName;
}

function mergeNode(target: ContentNode, source: ContentNode): void {
  if (target instanceof Y.XmlText && source instanceof Y.XmlText) return mergeText(target, source);
  const element = target as Y.XmlElement;
  const from = source as Y.XmlElement;
  const wanted = from.getAttributes();
  for (const name of Object.keys(element.getAttributes())) if (!(name in wanted)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(wanted)) {
    if (JSON.stringify(element.getAttribute(name)) !== JSON.stringify(value)) element.setAttribute(name, value as string);
  }
  mergeContent(element, from);
}

type TextRun = { insert: string; attributes?: Record<string, unknown> };

/** Edits `target` into `source`: the changed middle of the text is replaced, then marks are set run by run. */
function mergeText(target: Y.XmlText, source: Y.XmlText): void {
  const before = plainText(target);
  const after = plainText(source);
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;

  const removed = before.length - prefix - suffix;
  if (removed > 0) target.delete(prefix, removed);
  let at = prefix;
  for (const run of sliceRuns(source.toDelta() as TextRun[], prefix, after.length - suffix)) {
    target.insert(at, run.insert, run.attributes ?? {});
    at += run.insert.length;
  }
  alignMarks(target, source);
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as TextRun[]).map((run) => (typeof run.insert === "string" ? run.insert : "")).join("");
}

/** The runs covering characters [from, to) of a delta. */
function sliceRuns(runs: TextRun[], from: number, to: number): TextRun[] {
  const out: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const length = typeof run.insert === "string" ? run.insert.length : 0;
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + length);
    if (start < end) out.push({ insert: run.insert.slice(start - offset, end - offset), ...(run.attributes ? { attributes: run.attributes } : {}) });
    offset += length;
  }
  return out;
}

/** Sets each run's marks to the source's (removing marks the source does not have there). */
function alignMarks(target: Y.XmlText, source: Y.XmlText): void {
  if (JSON.stringify(target.toDelta()) === JSON.stringify(source.toDelta())) return;
  let offset = 0;
  for (const run of source.toDelta() as TextRun[]) {
    const length = run.insert.length;
    const wanted = run.attributes ?? {};
    const present = new Set(sliceRuns(target.toDelta() as TextRun[], offset, offset + length).flatMap((piece) => Object.keys(piece.attributes ?? {})));
    const change: Record<string, unknown> = { ...wanted };
    for (const name of present) if (!(name in wanted)) change[name] = null;
    if (Object.keys(change).length > 0) target.format(offset, length, change);
    offset += length;
  }
}

const MAX_MATCHED_CELLS = 4_000_000;

/** Index pairs [targetIndex, sourceIndex] of a longest common subsequence of equal keys, in order. */
function commonSubsequence(a: string[], b: string[]): [number, number][] {
  // Equal ends first: the common case (a few changed paragraphs) stays linear.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const pairs: [number, number][] = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  // Past a few million cells the middle is replaced rather than matched (memory over precision).
  if (midA.length * midB.length > MAX_MATCHED_CELLS) {
    for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
    return pairs;
  }
  // Quadratic in the changed middle only; documents have at most a few thousand blocks.
  const lengths: number[][] = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lengths[i]![j] = midA[i] === midB[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < midA.length && j < midB.length; ) {
    if (midA[i] === midB[j]) {
      pairs.push([head + i, head + j]);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}
