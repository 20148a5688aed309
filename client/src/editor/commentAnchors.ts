import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { decodeAnchor, encodeAnchor, quoteOf, resolveInTree, type CommentAnchor } from "@review/shared/comments";
import { announceAnchorMoves, mayMoveText, type AnchorMove } from "./anchorMoves.ts";
import { EarlierAnchors } from "./earlierAnchors.ts";
import { withUnreadDomSelection } from "./domSelection.ts";

/** A thread as the editor needs it: where it is anchored, and whether it is still open. */
export type AnchoredThread = { id: string; anchor: CommentAnchor; resolved: boolean; point?: boolean };
/** Where a thread's passage is now in the editor; null when its text is gone (orphaned). */
export type AnchorRange = { from: number; to: number } | null;

export type CommentAnchorsState = {
  threads: readonly AnchoredThread[];
  activeId: string | null;
  /** Per thread id; missing while the editor has not rendered the shared document yet. */
  ranges: ReadonlyMap<string, AnchorRange>;
  decorations: DecorationSet;
  /** Counts local edits that may have moved text into new Yjs items (see `mayMoveText`). */
  textMoves: number;
  /** Counts this editor's undos and redos (they come back through Yjs, as remote changes do). */
  undoRedos: number;
};

type Counters = Pick<CommentAnchorsState, "textMoves" | "undoRedos">;

type Meta = { threads?: readonly AnchoredThread[]; activeId?: string | null };

export const commentAnchorsKey = new PluginKey<CommentAnchorsState>("commentAnchors");

/** What the ySync plugin binds: the Y.Doc, its fragment, and the Yjs type → ProseMirror node mapping. */
export type Binding = { doc: Y.Doc; type: Y.XmlFragment; mapping: Map<unknown, unknown> };

function bindingOf(state: EditorState): Binding | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: Binding } | undefined)?.binding;
  return binding && binding.doc && binding.type ? binding : null;
}

/** Whether the editor shows the shared document yet (before, every anchor looks orphaned). */
function rendered(binding: Binding): boolean {
  return binding.type.length === 0 || binding.mapping.size > 0;
}

function toEditorPosition(binding: Binding, position: Y.RelativePosition): number | null {
  // A passage inside a deleted paragraph must count as gone, not resolve to a stale index.
  try {
    const alive = resolveInTree(binding.doc, binding.type, position);
    if (!alive) return null;
    const direct = relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping as never);
    if (direct !== null) return direct;
    // y-tiptap distrusts a character-based position at the very start of the document (it can
    // misresolve there after blocks are reordered); the same place, given by index, it accepts.
    const byIndex = Y.createRelativePositionFromTypeIndex(alive.type, alive.index, -1);
    return relativePositionToAbsolutePosition(binding.doc, binding.type, byIndex, binding.mapping as never);
  } catch {
    // Any member can write any anchor: one that points nowhere sensible is an orphan, not a crash.
    return null;
  }
}

/** Where `anchor` is now in the editor document `doc`, or null when its text is gone. */
export function resolveRange(binding: Binding, doc: PMNode, anchor: CommentAnchor, point = false): AnchorRange {
  const decoded = decodeAnchor(anchor);
  if (!decoded) return null;
  const from = toEditorPosition(binding, decoded.start);
  const to = toEditorPosition(binding, decoded.end);
  if (from === null || to === null || to > doc.content.size) return null;
  // A suggested insertion sits at one place between characters.
  if (point) return from === to ? { from, to } : null;
  if (from >= to) return null;
  // Collapsed onto nothing but structure (e.g. the text between two paragraphs is gone).
  if (doc.textBetween(from, to, "").trim() === "") return null;
  return { from, to };
}

function decorate(doc: PMNode, threads: readonly AnchoredThread[], ranges: ReadonlyMap<string, AnchorRange>, activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = ranges.get(thread.id);
    if (!range || range.from === range.to || (thread.resolved && thread.id !== activeId)) continue;
    const active = thread.id === activeId;
    decorations.push(
      Decoration.inline(range.from, range.to, { class: `comment-anchor${active ? " comment-anchor--active" : ""}`, "data-thread-id": thread.id }, { threadId: thread.id }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function recompute(state: EditorState, threads: readonly AnchoredThread[], activeId: string | null, previous: ReadonlyMap<string, AnchorRange>, counters: Counters): CommentAnchorsState {
  const binding = bindingOf(state);
  const ranges = new Map<string, AnchorRange>();
  if (binding && rendered(binding)) {
    for (const thread of threads) ranges.set(thread.id, resolveRange(binding, state.doc, thread.anchor, thread.point));
  } else {
    for (const thread of threads) if (previous.has(thread.id)) ranges.set(thread.id, previous.get(thread.id)!);
  }
  return { threads, activeId, ranges, decorations: decorate(state.doc, threads, ranges, activeId), ...counters };
}

/** A local edit: Yjs has not seen it yet, so move the ranges with ProseMirror's mapping instead. */
function mapThrough(tr: Transaction, value: CommentAnchorsState): CommentAnchorsState {
  const ranges = new Map<string, AnchorRange>();
  for (const [id, range] of value.ranges) {
    if (!range) {
      ranges.set(id, null);
      continue;
    }
    if (range.from === range.to) {
      const at = tr.mapping.map(range.from, 1);
      ranges.set(id, { from: at, to: at });
      continue;
    }
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    ranges.set(id, from < to ? { from, to } : null);
  }
  return { ...value, ranges, decorations: decorate(tr.doc, value.threads, ranges, value.activeId), textMoves: value.textMoves + (mayMoveText(tr) ? 1 : 0) };
}

/**
 * The threads whose passage the editor still follows (its range moved with the local edit) but
 * whose stored anchor no longer finds it: the edit gave the passage's words new Yjs items. Each
 * gets an anchor on the same range, in the items it has now.
 */
function movedAnchors(state: EditorState, value: CommentAnchorsState, earlier: EarlierAnchors): AnchorMove[] {
  const binding = bindingOf(state);
  if (!binding || !rendered(binding)) return [];
  const moves: AnchorMove[] = [];
  for (const thread of value.threads) {
    const range = value.ranges.get(thread.id);
    if (!range || thread.point || range.from >= range.to) continue;
    const now = resolveRange(binding, state.doc, thread.anchor);
    if (now && now.from === range.from && now.to === range.to) continue;
    if (state.doc.textBetween(range.from, range.to, "").trim() === "") continue;
    moves.push({ threadId: thread.id, anchor: anchorForRange(binding, range.from, range.to) });
    earlier.remember(thread.id, thread.anchor);
  }
  return moves;
}

/**
 * After this editor's undo or redo: the orphaned threads whose passage an anchor this editor
 * moved them away from finds again (see `EarlierAnchors`), each anchored anew on that passage.
 * Not with the earlier anchor itself: it finds the passage only here, through the link from the
 * deleted words to their restored copy that this editor's undo manager keeps. The others, and
 * the server, have the copy but not the link.
 */
function anchorsBroughtBack(state: EditorState, value: CommentAnchorsState, earlier: EarlierAnchors): AnchorMove[] {
  const binding = bindingOf(state);
  if (!binding || !rendered(binding)) return [];
  const moves: AnchorMove[] = [];
  for (const thread of value.threads) {
    if (thread.point || value.ranges.get(thread.id) !== null) continue;
    const range = earlier.takeBack(thread.id, thread.anchor, (anchor) => resolveRange(binding, state.doc, anchor));
    if (range) moves.push({ threadId: thread.id, anchor: anchorForRange(binding, range.from, range.to) });
  }
  return moves;
}

/**
 * After a local edit that may have moved text, and once the Yjs binding has written it (the
 * plugin views run after the state is applied, the binding's first), anchors the threads it
 * moved again: in this editor at once, and through the listener for everyone. After an undo or
 * redo, gives the threads it orphaned the earlier anchor that finds their passage again.
 */
function followMovedPassages(view: EditorView): { update: (view: EditorView) => void } {
  const initial = commentAnchorsKey.getState(view.state);
  let checked: Counters = { textMoves: initial?.textMoves ?? 0, undoRedos: initial?.undoRedos ?? 0 };
  const earlier = new EarlierAnchors();
  return {
    update: (current) => {
      const value = commentAnchorsKey.getState(current.state);
      if (!value || (value.textMoves === checked.textMoves && value.undoRedos === checked.undoRedos)) return;
      const textMoved = value.textMoves !== checked.textMoves;
      const undoneOrRedone = value.undoRedos !== checked.undoRedos;
      checked = { textMoves: value.textMoves, undoRedos: value.undoRedos };
      queueMicrotask(() => {
        if (current.isDestroyed) return;
        const latest = commentAnchorsKey.getState(current.state);
        if (!latest) return;
        const moves = [...(textMoved ? movedAnchors(current.state, latest, earlier) : []), ...(undoneOrRedone ? anchorsBroughtBack(current.state, latest, earlier) : [])];
        if (moves.length === 0) return;
        const anchors = new Map(moves.map((move) => [move.threadId, move.anchor]));
        const threads = latest.threads.map((thread) => (anchors.has(thread.id) ? { ...thread, anchor: anchors.get(thread.id)! } : thread));
        current.dispatch(current.state.tr.setMeta(commentAnchorsKey, { threads }).setMeta("addToHistory", false));
        announceAnchorMoves(current, moves);
      });
    },
  };
}

/**
 * Comment threads in the editor: maps each thread's `Y.RelativePosition`s to editor positions
 * (with y-tiptap's helpers against the ySync binding) and highlights their passages, the
 * active one stronger. A thread whose text was deleted resolves to no range ("orphaned").
 * Purely local view state: nothing is written to the document, so it works read-only too.
 */
export const CommentAnchors = Extension.create({
  name: "commentAnchors",
  addProseMirrorPlugins() {
    return [
      new Plugin<CommentAnchorsState>({
        key: commentAnchorsKey,
        state: {
          init: () => ({ threads: [], activeId: null, ranges: new Map(), decorations: DecorationSet.empty, textMoves: 0, undoRedos: 0 }),
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(commentAnchorsKey) as Meta | undefined;
            const sync = tr.getMeta(ySyncPluginKey) as { isUndoRedoOperation?: boolean } | undefined;
            if (meta?.threads || sync !== undefined) {
              const counters = { textMoves: value.textMoves, undoRedos: value.undoRedos + (sync?.isUndoRedoOperation ? 1 : 0) };
              return recompute(state, meta?.threads ?? value.threads, meta && "activeId" in meta ? meta.activeId! : value.activeId, value.ranges, counters);
            }
            if (meta && "activeId" in meta) return { ...value, activeId: meta.activeId ?? null, decorations: decorate(state.doc, value.threads, value.ranges, meta.activeId ?? null) };
            return tr.docChanged ? mapThrough(tr, value) : value;
          },
        },
        view: followMovedPassages,
        props: {
          decorations: (state) => commentAnchorsKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleClick: (view, pos) => {
            const state = commentAnchorsKey.getState(view.state);
            if (!state) return false;
            // The innermost open passage under the click becomes the active thread.
            let best: { id: string; size: number } | null = null;
            for (const thread of state.threads) {
              const range = state.ranges.get(thread.id);
              if (!range || thread.resolved || pos < range.from || pos > range.to) continue;
              if (!best || range.to - range.from < best.size) best = { id: thread.id, size: range.to - range.from };
            }
            if ((best?.id ?? null) !== state.activeId) view.dispatch(view.state.tr.setMeta(commentAnchorsKey, { activeId: best?.id ?? null }));
            return false;
          },
        },
      }),
    ];
  },
});

/** The plugin's state in `editor` (null before the extension runs). */
export function commentAnchorsState(editor: Editor): CommentAnchorsState | null {
  return editor.isDestroyed ? null : (commentAnchorsKey.getState(editor.state) ?? null);
}

/** Tells the editor which threads exist (call on every change of the comments document). */
export function setAnchoredThreads(editor: Editor, threads: readonly AnchoredThread[]): void {
  if (editor.isDestroyed) return;
  // Sent by the network at any moment: a caret move the editor has not read yet stays.
  editor.view.dispatch(withUnreadDomSelection(editor.view, editor.state.tr.setMeta(commentAnchorsKey, { threads }).setMeta("addToHistory", false)));
}

/** Marks one thread active (its passage highlighted stronger), or none. */
export function setActiveThread(editor: Editor, threadId: string | null): void {
  if (editor.isDestroyed || commentAnchorsState(editor)?.activeId === threadId) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentAnchorsKey, { activeId: threadId }).setMeta("addToHistory", false));
}

/**
 * The anchor and quote of the editor's current selection, or null when nothing is selected
 * (or the editor is not bound to its document yet). The start sticks to the passage's first
 * character and the end to its last, so text typed just before or after stays outside.
 */
export function anchorSelection(editor: Editor): { anchor: CommentAnchor; quote: string; from: number; to: number } | null {
  const range = selectedRange(editor);
  const binding = bindingOf(editor.state);
  if (!range || !binding) return null;
  const { from, to } = range;
  const quote = editor.state.doc.textBetween(from, to, " ");
  return { anchor: anchorForRange(binding, from, to), quote: quoteOf(quote), from, to };
}

/**
 * The anchor of the editor range `from`..`to`. The start sticks to the passage's first
 * character and the end to its last, so text typed just before or after stays outside.
 */
export function anchorForRange(binding: Binding, from: number, to: number): CommentAnchor {
  const mapping = binding.mapping as never;
  const start = absolutePositionToRelativePosition(from, binding.type, mapping) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, binding.type, mapping) as Y.RelativePosition;
  return encodeAnchor(stickRight(binding.doc, start), end);
}

/**
 * The text the user has selected in the editor: the browser's selection when it lies in the
 * editor (a read-only editor does not always carry it into its state), else the editor's own
 * while it has focus.
 * Null when nothing but whitespace is selected.
 */
export function selectedRange(editor: Editor): { from: number; to: number } | null {
  if (editor.isDestroyed) return null;
  let { from, to } = editor.state.selection;
  const dom = typeof window === "undefined" ? null : window.getSelection();
  const inEditor = !!dom && dom.rangeCount > 0 && !!dom.anchorNode && !!dom.focusNode && editor.view.dom.contains(dom.anchorNode) && editor.view.dom.contains(dom.focusNode);
  // A read-only editor keeps its last selection in its state after the page's selection moved on.
  if (!inEditor && !editor.view.hasFocus()) return null;
  if (dom && inEditor) {
    if (dom.isCollapsed) return null;
    try {
      const anchor = editor.view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const head = editor.view.posAtDOM(dom.focusNode, dom.focusOffset);
      from = Math.min(anchor, head);
      to = Math.max(anchor, head);
    } catch {
      return null;
    }
  }
  if (from >= to || editor.state.doc.textBetween(from, to, " ").trim() === "") return null;
  return { from, to };
}

/** The same place, but attached to the character after it (y-tiptap attaches to the one before). */
function stickRight(doc: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index >= absolute.type.length) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
}
