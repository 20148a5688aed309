import type { Editor } from "@tiptap/core";

/**
 * Makes the editor's selection the one the browser shows. ProseMirror reads the browser's
 * selection on `selectionchange`, which can come after the next key (Shift+Arrow, then Ctrl+K
 * at once): a command run from that key would act on the old selection.
 */
export function takeDomSelection(editor: Editor): void {
  const selection = typeof window === "undefined" ? null : window.getSelection();
  const { view } = editor;
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    if (anchor !== editor.state.selection.anchor || head !== editor.state.selection.head) editor.commands.setTextSelection({ from: anchor, to: head });
  } catch {
    // A position ProseMirror cannot map (inside a widget): keep its own selection.
  }
}
