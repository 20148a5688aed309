import { textSplice } from "@review/shared/self";

/**
 * Where a caret at `caret` ends up after the field's text went from `from` to `to` (a remote
 * edit, seen as one splice): before the change it stays, after it it shifts by the change's
 * length, inside a replaced stretch it goes to the end of the new text.
 */
export function mapCaret(caret: number, from: string, to: string): number {
  const splice = textSplice(from, to);
  if (!splice || caret <= splice.index) return caret;
  if (caret >= splice.index + splice.remove) return caret + splice.insert.length - splice.remove;
  return splice.index + splice.insert.length;
}
