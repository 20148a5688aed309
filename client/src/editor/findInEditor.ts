import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { findOccurrences } from "@review/shared";
import { useEffect } from "react";

/** The first place `text` occurs in one text block of `doc` (case and accents ignored). */
export function findTextRange(doc: PMNode, text: string): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    const hit = findOccurrences(node.textContent, text, 1)[0];
    if (hit) found = { from: pos + 1 + hit[0], to: pos + 1 + hit[1] };
    return false;
  });
  return found;
}

/** How long to wait for the document to arrive before giving up on `find`. */
const FIND_FOR_MS = 20_000;

/** Within `range`, the first occurrence of `hit` (the words searched for inside the text found). */
export function narrowTo(doc: PMNode, range: { from: number; to: number }, hit: string | null): { from: number; to: number } {
  if (!hit) return range;
  const occurrence = findOccurrences(doc.textBetween(range.from, range.to), hit, 1)[0];
  return occurrence ? { from: range.from + occurrence[0], to: range.from + occurrence[1] } : range;
}

/**
 * Opened with `?find=<text>&hit=<words>` (a search result): once the text is in the document,
 * selects the words in it, brings them to the middle of the screen and puts the focus there.
 */
export function useFindOnOpen(editor: Editor, find: string | null, hit: string | null = null): void {
  useEffect(() => {
    if (!find) return;
    let done = false;
    const attempt = () => {
      if (done || editor.isDestroyed) return;
      const found = findTextRange(editor.state.doc, find);
      if (!found) return;
      const range = narrowTo(editor.state.doc, found, hit);
      done = true;
      editor.chain().setTextSelection(range).focus(undefined, { scrollIntoView: false }).run();
      const at = editor.view.domAtPos(range.from).node;
      (at instanceof Element ? at : at.parentElement)?.scrollIntoView({ block: "center" });
    };
    attempt();
    editor.on("update", attempt);
    const stop = setTimeout(() => editor.off("update", attempt), FIND_FOR_MS);
    return () => {
      clearTimeout(stop);
      editor.off("update", attempt);
    };
  }, [editor, find, hit]);
}
