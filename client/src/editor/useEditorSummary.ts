import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { onEditorChangeWhenIdle } from "./perFrame.ts";
import { summarisePassages, type PassageSummary } from "./passages.ts";

export type EditorSummary = { passages: PassageSummary; hasSelection: boolean };

const EMPTY: EditorSummary = { passages: {}, hasSelection: false };

function summarise(editor: Editor): EditorSummary {
  return { passages: summarisePassages(editor.state.doc), hasSelection: !editor.state.selection.empty };
}

/**
 * The report's linked passages and whether text is selected, kept current as the editor
 * changes (when the browser is idle after its transactions, not before the keystroke's frame).
 * Read at once when the editor arrives: the collaborative content may have been rendered
 * before anyone listened.
 */
export function useEditorSummary(editor: Editor | null): EditorSummary {
  const [summary, setSummary] = useState<EditorSummary>(EMPTY);
  useEffect(() => {
    if (!editor || editor.isDestroyed) {
      setSummary(EMPTY);
      return;
    }
    let last = "";
    const update = () => {
      const next = summarise(editor);
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setSummary(next);
    };
    return onEditorChangeWhenIdle(editor, update);
  }, [editor]);
  return summary;
}
