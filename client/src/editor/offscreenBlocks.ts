import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { isMacPlatform } from "./shortcuts.ts";

/** The class of a top-level block that holds an end of the selection: always laid out (editor.css). */
const SELECTED_BLOCK_CLASS = "holds-selection";

/** The top-level blocks that hold the selection's anchor and head. */
function selectedBlocks({ doc, selection }: EditorState): DecorationSet {
  const starts = new Set<number>();
  for (const pos of [selection.anchor, selection.head]) {
    const $pos = doc.resolve(pos);
    if ($pos.depth > 0) starts.add($pos.before(1));
  }
  return DecorationSet.create(doc, [...starts].map((start) => Decoration.node(start, start + doc.nodeAt(start)!.nodeSize, { class: SELECTED_BLOCK_CLASS })));
}

/**
 * The blocks of a long report that are off screen are neither laid out nor painted
 * (content-visibility in editor.css): a key in a 100-page report then costs the browser a
 * fraction. Chromium's editing, though, reads positions in such a block as if it were empty:
 * a caret put there lands at the block's start, and its own Ctrl+End stops at the start of the
 * last block. So the blocks that hold the selection are always laid out (marked before the
 * selection is written to the page), and the document's ends are reached from the editor's own
 * document: Ctrl+Home and Ctrl+End (Cmd+Up and Cmd+Down on a Mac), with Shift to select.
 */
export const OffscreenBlocks = Extension.create({
  name: "offscreenBlocks",

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey("offscreenBlocks"), props: { decorations: selectedBlocks } })];
  },

  addKeyboardShortcuts() {
    const go = (toEnd: boolean, extend: boolean) => () => {
      const { state, view } = this.editor;
      const target = toEnd ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
      // A document that ends (or starts) with an image: the browser's own gap caret there.
      if (!(target instanceof TextSelection)) return false;
      const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    const [start, end] = isMacPlatform() ? ["Mod-ArrowUp", "Mod-ArrowDown"] : ["Mod-Home", "Mod-End"];
    return { [start]: go(false, false), [end]: go(true, false), [`Shift-${start}`]: go(false, true), [`Shift-${end}`]: go(true, true) };
  },
});
