import type { Node as PMNode } from "@tiptap/pm/model";
import type { EditorView } from "@tiptap/pm/view";

type Remembered = { block: PMNode; blockTop: number; pos: number; top: number };

/**
 * How far below the margin's top each passage starts, remembered between frames. Measuring a
 * position (`coordsAtPos`) lays out and reads its line, and the margin places every thread in
 * each frame after a key: with 30 threads that was 2 ms of every keystroke's frame. A passage
 * whose top-level block is the same node (nothing in it changed) at the same place (nothing
 * above it grew or shrank) has not moved, so only the others are measured again.
 */
export class PassageTops {
  private readonly remembered = new Map<string, Remembered>();

  /** Forgets every place: the text's width changed, so its lines may wrap differently. */
  clear(): void {
    this.remembered.clear();
  }

  /** Drops the places of keys no longer asked for (`keys`: the layout just made, read as it is). */
  keepOnly(keys: { has(key: string): boolean }): void {
    for (const key of this.remembered.keys()) if (!keys.has(key)) this.remembered.delete(key);
  }

  /** The top of document position `pos`, in px below `origin` (the margin's top on screen). */
  top(view: EditorView, key: string, pos: number, origin: number): number {
    const block = topLevelBlock(view, pos);
    if (!block) return measure(view, pos, origin);
    const blockTop = block.dom.getBoundingClientRect().top - origin;
    const known = this.remembered.get(key);
    if (known && known.block === block.node && known.pos === pos && known.blockTop === blockTop) return known.top;
    const top = measure(view, pos, origin);
    this.remembered.set(key, { block: block.node, blockTop, pos, top });
    return top;
  }
}

function measure(view: EditorView, pos: number, origin: number): number {
  try {
    return view.coordsAtPos(pos).top - origin;
  } catch {
    return 0;
  }
}

/** The top-level block holding `pos` and its element, or null (a position between blocks, or out of range). */
function topLevelBlock(view: EditorView, pos: number): { node: PMNode; dom: HTMLElement } | null {
  const { doc } = view.state;
  if (pos < 0 || pos > doc.content.size) return null;
  const resolved = doc.resolve(pos);
  if (resolved.depth < 1) return null;
  const dom = view.nodeDOM(resolved.before(1));
  return dom instanceof HTMLElement ? { node: resolved.node(1), dom } : null;
}
