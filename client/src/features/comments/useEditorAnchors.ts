import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { commentAnchorsState, selectedRange, type AnchorRange } from "../../editor/commentAnchors.ts";
import { onEditorChangePerFrame } from "../../editor/perFrame.ts";

export type EditorAnchors = {
  ranges: ReadonlyMap<string, AnchorRange>;
  activeId: string | null;
  /** Bumped after the editor's transactions (once per frame), so positions in pixels can be measured again. */
  version: number;
  /** The editor's selection holds text that a new thread could anchor to. */
  hasSelection: boolean;
};

const EMPTY: EditorAnchors = { ranges: new Map(), activeId: null, version: 0, hasSelection: false };

/** The comment anchors plugin's state in `editor`, re-rendering at most once per frame as it changes. */
export function useEditorAnchors(editor: Editor | null): EditorAnchors {
  const [anchors, setAnchors] = useState<EditorAnchors>(EMPTY);
  useEffect(() => {
    if (!editor) {
      setAnchors(EMPTY);
      return;
    }
    const read = () => {
      const state = commentAnchorsState(editor);
      setAnchors((previous) => ({
        ranges: state?.ranges ?? EMPTY.ranges,
        activeId: state?.activeId ?? null,
        version: previous.version + 1,
        hasSelection: selectedRange(editor) !== null,
      }));
    };
    return onEditorChangePerFrame(editor, read, { selection: true });
  }, [editor]);
  return anchors;
}
