import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { commentAnchorsState, selectedRange } from "../../editor/commentAnchors.ts";
import { onEditorChangePerFrame } from "../../editor/perFrame.ts";

export type EditorAnchors = {
  /**
   * Per thread id: true while its passage is in the text, false once it is gone (orphaned);
   * missing while the editor has not rendered the shared document yet. Where a passage is now
   * is read from the editor when needed (`commentAnchorsState`): it moves with every keystroke.
   */
  anchored: ReadonlyMap<string, boolean>;
  activeId: string | null;
  /** The editor's selection holds text that a new thread could anchor to. */
  hasSelection: boolean;
};

const EMPTY: EditorAnchors = { anchored: new Map(), activeId: null, hasSelection: false };

function sameAnchored(a: ReadonlyMap<string, boolean>, b: ReadonlyMap<string, boolean>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, anchored] of a) if (b.get(id) !== anchored) return false;
  return true;
}

/**
 * The comment anchors plugin's state in `editor`, read at most once per frame, and a new value
 * (a re-render of the page that holds it) only when a thread was anchored or orphaned, the active
 * thread changed or the selection started or stopped holding text; not on every keystroke.
 */
export function useEditorAnchors(editor: Editor | null): EditorAnchors {
  const [anchors, setAnchors] = useState<EditorAnchors>(EMPTY);
  useEffect(() => {
    if (!editor) {
      setAnchors(EMPTY);
      return;
    }
    const read = () => {
      const state = commentAnchorsState(editor);
      const anchored = new Map<string, boolean>();
      for (const [id, range] of state?.ranges ?? []) anchored.set(id, range !== null);
      const next: EditorAnchors = { anchored, activeId: state?.activeId ?? null, hasSelection: selectedRange(editor) !== null };
      setAnchors((previous) =>
        previous.activeId === next.activeId && previous.hasSelection === next.hasSelection && sameAnchored(previous.anchored, next.anchored) ? previous : next,
      );
    };
    return onEditorChangePerFrame(editor, read, { selection: true });
  }, [editor]);
  return anchors;
}
