import { useEffect, useRef, type RefObject } from "react";

/**
 * For a button that opens an editor in its place: the ref to put on it. When `editing` ends
 * (saved or cancelled), keyboard focus returns to the button.
 */
export function useFocusBack<T extends HTMLElement>(editing: boolean): RefObject<T | null> {
  const button = useRef<T>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return button;
}
