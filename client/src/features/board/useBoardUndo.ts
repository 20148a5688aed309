import { useCallback, useEffect, useState } from "react";
import type * as Y from "yjs";
import { createBoardUndoManager } from "@review/shared/board";

export type BoardUndo = { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void };

/**
 * Undo and redo of this client's own board changes (every write passes `origin`), with
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y. Text fields keep their own undo, and nothing
 * happens while a dialog is open.
 */
export function useBoardUndo(doc: Y.Doc | null, origin: unknown, enabled: boolean): BoardUndo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    if (!doc) return;
    const manager = createBoardUndoManager(doc, origin);
    setManager(manager);
    const refresh = () => setState({ canUndo: manager.canUndo(), canRedo: manager.canRedo() });
    refresh();
    manager.on("stack-item-added", refresh);
    manager.on("stack-item-popped", refresh);
    manager.on("stack-cleared", refresh);
    return () => {
      manager.off("stack-item-added", refresh);
      manager.off("stack-item-popped", refresh);
      manager.off("stack-cleared", refresh);
      manager.destroy();
      setManager(null);
    };
  }, [doc, origin]);

  const undo = useCallback(() => void (enabled && manager?.undo()), [manager, enabled]);
  const redo = useCallback(() => void (enabled && manager?.redo()), [manager, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      const isUndo = key === "z" && !event.shiftKey;
      const isRedo = (key === "z" && event.shiftKey) || (key === "y" && event.ctrlKey && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      if (isEditable(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      if (isUndo) undo();
      else redo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled, undo, redo]);

  return { canUndo: enabled && state.canUndo, canRedo: enabled && state.canRedo, undo, redo };
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
