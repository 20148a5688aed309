import type { Editor } from "@tiptap/core";
import { Mark, type Node as PMNode } from "@tiptap/pm/model";
import { SUGGESTION_LIMITS, type CommentAnchor } from "@review/shared/comments";
import { anchorSelection } from "./commentAnchors.ts";

/** Why the selection cannot carry a suggested edit (the server applies edits within one run of text only). */
export type SuggestionProblem = "spans" | "tooLong";

export type SuggestionSelection = { anchor: CommentAnchor; quote: string; from: number; to: number; problem: SuggestionProblem | null };

/** Whether `from`..`to` lies in one paragraph, in text of one formatting (no image or line break inside). */
export function withinOneRun(doc: PMNode, from: number, to: number): boolean {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  if ($from.parent !== $to.parent || !$from.parent.isTextblock) return false;
  let marks: readonly Mark[] | null = null;
  let same = true;
  doc.nodesBetween(from, to, (node) => {
    if (node.isText) {
      if (marks === null) marks = node.marks;
      else if (!Mark.sameSet(marks, node.marks)) same = false;
    } else if (node.isInline) same = false;
  });
  return same;
}

/** The editor's selection as a suggested edit's passage: its anchor and exact text, or null when nothing is selected. */
export function suggestionSelection(editor: Editor): SuggestionSelection | null {
  const selected = anchorSelection(editor);
  if (!selected) return null;
  const { anchor, from, to } = selected;
  const quote = editor.state.doc.textBetween(from, to, "\n");
  const problem = !withinOneRun(editor.state.doc, from, to) ? "spans" : quote.length > SUGGESTION_LIMITS.quoteMax ? "tooLong" : null;
  return { anchor, quote, from, to, problem };
}
