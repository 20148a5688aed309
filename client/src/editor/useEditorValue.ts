import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { onEditorChangeWhenIdle } from "./perFrame.ts";

/** Equal when both hold the same keys with identical values (one level deep). */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * A value read from the editor, re-read when the browser is idle after the editor's
 * transactions; the component re-renders only when it changed. Unlike Tiptap's
 * `useEditorState`, whose selector runs inside every transaction, before the keystroke's frame
 * is painted, the read costs the typist nothing.
 */
export function useEditorValue<T>(editor: Editor, read: (editor: Editor) => T, equal: (a: T, b: T) => boolean = shallowEqual): T {
  const [value, setValue] = useState(() => read(editor));
  const reader = useRef({ read, equal });
  reader.current = { read, equal };
  useEffect(() => {
    const update = () => {
      const next = reader.current.read(editor);
      setValue((current) => (reader.current.equal(current, next) ? current : next));
    };
    return onEditorChangeWhenIdle(editor, update);
  }, [editor]);
  return value;
}
